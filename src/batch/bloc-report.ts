import type { JsonDiagnostic, JsonResult } from "../output/json-result.js";
import type { IndexFacts } from "./batch-protocol.js";
import type { BlocTitle } from "./read-bloc-title.js";

/**
 * How a bloc of a batch ended:
 * - `ok`: processed, its documents written now;
 * - `existing` ("đã có"): processed, but its documents were already there from an earlier run and were
 *   kept (`reason` says whether they still match); `--force` writes them again;
 * - `failed`: its `errors`;
 * - `skipped`: not a bloc (an empty folder, a file that is no workbook, a lock file): `reason`.
 */
export type BlocStatus = "ok" | "existing" | "failed" | "skipped";

/** How one bloc of a batch ended: what `--json`, the terminal lines and the index are made from. */
export interface BlocReport {
  /** The workbook or folder the bloc came from, as shown. */
  input: string;
  /** The workbooks read: the bloc workbook first. */
  files: string[];
  status: BlocStatus;
  /** The bloc's output folder's name inside the batch's output folder; null when it has none. */
  folder: string | null;
  /** Summarize's JSON result (`toJsonResult`), for a bloc that ran and whose documents are there. */
  result?: JsonResult;
  /** What the index says of the bloc, whenever it was read far enough. */
  facts?: IndexFacts;
  /** The name and year of a bloc that failed, as far as they could be read. */
  title?: BlocTitle;
  /** Errors of a failed bloc, as `--json` shows them. */
  errors: JsonDiagnostic[];
  /** Why a bloc is `skipped` or `existing`. */
  reason?: JsonDiagnostic;
  warningCount: number;
  /** Stack of an internal error, shown with `--verbose`. */
  stack?: string;
}

/**
 * The `--json` entry of a bloc (cli.md, schema/batch.schema.json): `{ input, status, result }` (ok),
 * `{ input, status, reason, result }` (existing), `{ input, status, errors }` (failed),
 * `{ input, status, reason }` (skipped).
 */
export function toJsonBloc(report: BlocReport) {
  const reason = report.reason ?? { code: "unknown", message: "", file: report.input };
  switch (report.status) {
    case "ok":
      return { input: report.input, status: report.status, result: report.result ?? null };
    case "existing":
      return { input: report.input, status: report.status, reason, result: report.result ?? null };
    case "failed":
      return { input: report.input, status: report.status, errors: report.errors };
    case "skipped":
      return { input: report.input, status: report.status, reason };
  }
}

/** The counts of a batch, by status. */
export function countStatuses(blocs: readonly { status: BlocStatus }[]): Record<BlocStatus, number> {
  const count = (status: BlocStatus) => blocs.filter((b) => b.status === status).length;
  return { ok: count("ok"), existing: count("existing"), failed: count("failed"), skipped: count("skipped") };
}
