import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeFilesAtomically } from "../write/write-files-atomically.js";
import type { BlocReport } from "./bloc-report.js";
import { countStatuses } from "./bloc-report.js";
import type { IndexEntry } from "./index-entry.js";
import { toIndexEntry } from "./index-entry.js";
import { buildIndexWorkbook } from "./build-index-workbook.js";
import { comparePaths } from "./read-folder.js";

/** The index files of a batch's output folder: `tong-hop.json`, `tong-hop.xlsx`. */
export function indexPaths(out: string): [string, string] {
  return [join(out, "tong-hop.json"), join(out, "tong-hop.xlsx")];
}

/**
 * The entries of an earlier index in the same output folder whose input still exists, fields this
 * version added filled in and fields it does not know dropped; none when there is no index or it
 * cannot be read as one (an entry not of the index's shape: the file was edited, or it is not
 * thidua's). Checked field by field, since each is written again into both index files: a value
 * nested thousands deep would otherwise stop the batch at its very end.
 */
async function previousEntries(jsonPath: string, cwd: string): Promise<IndexEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(jsonPath, "utf8"));
  } catch {
    return [];
  }
  const blocs = (json as { blocs?: unknown } | null)?.blocs;
  if (!Array.isArray(blocs)) return [];
  const { indexEntrySchema } = await import("../output/json-schemas.js");
  const known = new Set(Object.keys(indexEntrySchema.shape));
  const entries: IndexEntry[] = [];
  for (const b of blocs as unknown[]) {
    if (typeof b !== "object" || b === null) return [];
    const fields = Object.fromEntries(Object.entries(b).filter(([key]) => known.has(key)));
    const entry = indexEntrySchema.safeParse({ unitNames: {}, reason: null, ...fields });
    if (!entry.success) return [];
    if ((await stat(resolve(cwd, entry.data.input)).catch(() => null)) === null) continue;
    entries.push(entry.data);
  }
  return entries;
}

/**
 * Writes the batch index (cli.md): every bloc of this run in input order, ok, existing, failed or
 * skipped, and the counts; always replaced, never refused. With `merge`, the blocs an earlier run in
 * the same folder indexed that this run did not name are kept (issue 12: running again, or running
 * one bloc again, keeps the index whole); `--force` starts it afresh. Returns the counts written.
 */
export async function writeIndex(
  out: string,
  blocs: readonly BlocReport[],
  options: { merge: boolean; cwd?: string },
): Promise<ReturnType<typeof countStatuses>> {
  const [jsonPath, xlsxPath] = indexPaths(out);
  const current = blocs.map(toIndexEntry);
  const named = new Set(current.map((e) => e.input));
  const kept = options.merge
    ? (await previousEntries(jsonPath, options.cwd ?? process.cwd())).filter((e) => !named.has(e.input))
    : [];
  const entries = [...current, ...kept].sort((a, b) => comparePaths(a.input, b.input));
  const summary = countStatuses(entries);
  const json = `${JSON.stringify({ blocs: entries, summary }, null, 2)}\n`;
  await writeFilesAtomically(
    [
      { path: jsonPath, data: Buffer.from(json, "utf8") },
      { path: xlsxPath, data: buildIndexWorkbook(entries) },
    ],
    true,
  );
  return summary;
}
