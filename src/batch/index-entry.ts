import type { JsonDiagnostic } from "../output/json-result.js";
import type { IndexFacts } from "./batch-protocol.js";
import type { BlocReport, BlocStatus } from "./bloc-report.js";

/** One bloc in `tong-hop.json` (schema/index.schema.json), and one row of `tong-hop.xlsx`. */
export interface IndexEntry {
  input: string;
  status: BlocStatus;
  /** The bloc's output folder, relative to the index's own folder (the batch's output folder). */
  folder: string | null;
  /** Read from the bloc's `Thông tin` even when the bloc failed, when it could be. */
  name: string | null;
  kind: IndexFacts["kind"] | null;
  year: number | null;
  leader: string[];
  proposals: IndexFacts["proposals"];
  nextChair: string | null;
  nextDeputy: string | null;
  unitNames: Record<string, string>;
  errorCount: number;
  warningCount: number;
  errors: JsonDiagnostic[];
  /** Why the bloc is `skipped` or `existing`; null otherwise. */
  reason: JsonDiagnostic | null;
}

/** A bloc's index entry; a bloc that failed before it was read has only its input and errors. */
export function toIndexEntry(report: BlocReport): IndexEntry {
  const facts = report.facts;
  return {
    input: report.input,
    status: report.status,
    folder: report.folder,
    name: facts?.name ?? report.title?.name ?? null,
    kind: facts?.kind ?? null,
    year: facts?.year ?? report.title?.year ?? null,
    leader: facts?.leader ?? [],
    proposals: facts?.proposals ?? [],
    nextChair: facts?.nextChair ?? null,
    nextDeputy: facts?.nextDeputy ?? null,
    unitNames: facts?.unitNames ?? {},
    errorCount: report.errors.length,
    warningCount: report.warningCount,
    errors: report.errors,
    reason: report.reason ?? null,
  };
}
