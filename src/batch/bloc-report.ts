import type { JsonDiagnostic, JsonResult } from "../output/json-result.js";
import type { IndexFacts } from "./batch-protocol.js";

/** How one bloc of a batch ended: what `--json`, the terminal lines and the index are made from. */
export interface BlocReport {
  /** The workbook or folder the bloc came from, as shown. */
  input: string;
  /** The workbooks read: the bloc workbook first. */
  files: string[];
  status: "ok" | "failed";
  /** The bloc's output folder's name inside the batch's output folder; null when nothing was written. */
  folder: string | null;
  /** Summarize's JSON result (`toJsonResult`), for a bloc that ran and was written. */
  result?: JsonResult;
  /** What the index says of the bloc, whenever it was read far enough. */
  facts?: IndexFacts;
  /** Errors of a failed bloc, as `--json` shows them. */
  errors: JsonDiagnostic[];
  warningCount: number;
  /** Stack of an internal error, shown with `--verbose`. */
  stack?: string;
}

/** The `--json` entry of a bloc (cli.md): `{ input, status, result }` or `{ input, status, errors }`. */
export function toJsonBloc(report: BlocReport) {
  return report.status === "ok"
    ? { input: report.input, status: "ok" as const, result: report.result ?? null }
    : { input: report.input, status: "failed" as const, errors: report.errors };
}
