import { join } from "node:path";
import { writeFilesAtomically } from "../write/write-files-atomically.js";
import type { BlocReport } from "./bloc-report.js";
import { toIndexEntry } from "./index-entry.js";
import { buildIndexWorkbook } from "./build-index-workbook.js";

/** The index files of a batch's output folder: `tong-hop.json`, `tong-hop.xlsx`. */
export function indexPaths(out: string): [string, string] {
  return [join(out, "tong-hop.json"), join(out, "tong-hop.xlsx")];
}

/** Writes the batch index (cli.md): every bloc in input order, ok or failed, and the counts. */
export async function writeIndex(
  out: string,
  blocs: readonly BlocReport[],
  summary: { ok: number; failed: number },
  force: boolean,
): Promise<void> {
  const entries = blocs.map(toIndexEntry);
  const [jsonPath, xlsxPath] = indexPaths(out);
  const json = `${JSON.stringify({ blocs: entries, summary }, null, 2)}\n`;
  await writeFilesAtomically(
    [
      { path: jsonPath, data: Buffer.from(json, "utf8") },
      { path: xlsxPath, data: buildIndexWorkbook(entries) },
    ],
    force,
  );
}
