import type { JsonDiagnostic } from "../output/json-result.js";
import type { IndexFacts, UnitRef } from "./batch-protocol.js";
import type { BlocReport } from "./bloc-report.js";

/** One bloc in `tong-hop.json`, and one row of `tong-hop.xlsx`. */
export interface IndexEntry {
  input: string;
  status: "ok" | "failed";
  /** The bloc's output folder, relative to the index's own folder (the batch's output folder). */
  folder: string | null;
  name: string | null;
  kind: IndexFacts["kind"] | null;
  year: number | null;
  leader: UnitRef[];
  proposals: IndexFacts["proposals"];
  nextChair: UnitRef | null;
  nextDeputy: UnitRef | null;
  errorCount: number;
  warningCount: number;
  errors: JsonDiagnostic[];
}

/** A bloc's index entry; a bloc that failed before it was read has only its input and errors. */
export function toIndexEntry(report: BlocReport): IndexEntry {
  const facts = report.facts;
  return {
    input: report.input,
    status: report.status,
    folder: report.folder,
    name: facts?.name ?? null,
    kind: facts?.kind ?? null,
    year: facts?.year ?? null,
    leader: facts?.leader ?? [],
    proposals: facts?.proposals ?? [],
    nextChair: facts?.nextChair ?? null,
    nextDeputy: facts?.nextDeputy ?? null,
    errorCount: report.errors.length,
    warningCount: report.warningCount,
    errors: report.errors,
  };
}
