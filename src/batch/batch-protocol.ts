import type { OutputId } from "../output/output-ids.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { BlocTitle } from "./read-bloc-title.js";
import type { JsonDiagnostic, JsonResult } from "../output/json-result.js";
import type { RenderedFile } from "../pipeline/render-outputs.js";

/** What the main thread asks a worker: run one bloc. */
export interface BlocJob {
  /** The bloc's position in input order. */
  id: number;
  /** The bloc workbook first, then its per-unit workbooks. */
  files: string[];
  rules?: string;
  templates?: string;
  only?: OutputId[];
  /** The job's .xls and .ods files, converted once for the whole batch: each file → its .xlsx copy. */
  converted?: Map<string, string>;
  /** `--prev`: last year's batch output folder. */
  prev?: string;
}

/** What the batch index (`tong-hop.xlsx`, `tong-hop.json`) says of a bloc that ran. */
export interface IndexFacts {
  name: string;
  kind: "khoi" | "cum";
  year: number;
  /** The code(s) of the unit(s) ranked first. */
  leader: string[];
  /** As in summarize's `--json` result: units by code. */
  proposals: JsonResult["proposals"];
  /** Codes; null when a tie leaves it to the conference. */
  nextChair: string | null;
  nextDeputy: string | null;
  /** The full name of every unit named above, by code. */
  unitNames: Record<string, string>;
  warningCount: number;
}

/**
 * A template or rules error: the same for every bloc, so the batch stops at the first one (exit 2,
 * the error said once) unless some bloc has already rendered with the same settings.
 */
export interface FatalError {
  kind: "template" | "rules";
  message: string;
  diagnostics: Diagnostic[];
}

/** How a bloc's run ended in its worker. */
export type JobOutcome =
  | { ok: true; result: JsonResult; facts: IndexFacts; outputs: RenderedFile[] }
  | {
      ok: false;
      errors: JsonDiagnostic[];
      warningCount: number;
      stack?: string;
      /** The bloc's name and year as far as they could be read, for the index. */
      title?: BlocTitle;
      fatal?: FatalError;
    };

/**
 * Messages from a worker: `named` as soon as the bloc is read (its folder name can then be settled in
 * input order while it renders), then `done` once.
 */
export type WorkerMessage =
  { type: "named"; id: number; key: string } | { type: "done"; id: number; outcome: JobOutcome };
