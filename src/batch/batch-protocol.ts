import type { OutputId } from "../commands/summarize.js";
import type { JsonDiagnostic, JsonResult } from "../output/json-result.js";

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
}

/** A unit named in the index: its code and full name. */
export interface UnitRef {
  code: string;
  name: string;
}

/** What the batch index (`tong-hop.xlsx`, `tong-hop.json`) says of a bloc that ran. */
export interface IndexFacts {
  name: string;
  kind: "khoi" | "cum";
  year: number;
  /** The unit(s) ranked first. */
  leader: UnitRef[];
  proposals: { award: string; name: string; units: UnitRef[] }[];
  /** Null when a tie leaves it to the conference. */
  nextChair: UnitRef | null;
  nextDeputy: UnitRef | null;
  warningCount: number;
}

/** A rendered output, named but not yet placed: the main thread picks the bloc's folder and writes it. */
export interface RenderedFile {
  fileName: string;
  data: Uint8Array;
}

/** How a bloc's run ended in its worker. */
export type JobOutcome =
  | { ok: true; result: JsonResult; facts: IndexFacts; outputs: RenderedFile[] }
  | { ok: false; errors: JsonDiagnostic[]; warningCount: number; stack?: string };

/**
 * Messages from a worker: `named` as soon as the bloc is read (its folder name can then be settled in
 * input order while it renders), then `done` once.
 */
export type WorkerMessage =
  { type: "named"; id: number; key: string } | { type: "done"; id: number; outcome: JobOutcome };
