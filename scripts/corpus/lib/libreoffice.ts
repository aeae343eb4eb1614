/**
 * Opens and saves every workbook through LibreOffice Calc, so formulas carry the results Calc
 * computed and the files are laid out as Calc writes them, then pins the zip entries' times.
 * LibreOffice keeps the document dates it reads, so the output is the same on every run.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pinZipTimes } from "../../lib/write-xlsx.js";
import { unzipFiles } from "../../lib/zip-files.js";

export interface Resave {
  raw: Buffer;
  /** Absolute path of the saved copy. */
  dest: string;
}

/** Converts in batches (one soffice start per batch); temporary names keep odd file names out of it. */
export async function resaveAll(items: readonly Resave[], batch = 40): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "corpus-lo-"));
  try {
    const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
    for (let start = 0; start < items.length; start += batch) {
      const slice = items.slice(start, start + batch);
      const inDir = join(work, `in-${start}`);
      const outDir = join(work, `out-${start}`);
      await mkdir(inDir, { recursive: true });
      const inputs = await Promise.all(
        slice.map(async (item, i) => {
          const p = join(inDir, `f${String(start + i).padStart(4, "0")}.xlsx`);
          await writeFile(p, item.raw);
          return p;
        }),
      );
      const r = spawnSync(
        "soffice",
        [profile, "--headless", "--convert-to", "xlsx:Calc Office Open XML", "--outdir", outDir, ...inputs],
        {
          encoding: "utf8",
        },
      );
      if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
      for (const [i, item] of slice.entries()) {
        const bytes = await readFile(join(outDir, `f${String(start + i).padStart(4, "0")}.xlsx`));
        await mkdir(dirname(item.dest), { recursive: true });
        await writeFile(item.dest, pinZipTimes(bytes));
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Formula cells of a saved workbook that have no cached result: `<f>…</f>` not followed by `<v>`.
 * An empty `<v></v>` is an empty-string result (`=IF(A1="","",A1)`), which is a result.
 */
export async function formulasWithoutResult(path: string): Promise<string[]> {
  const entries = unzipFiles(await readFile(path)).map((f) => [f.name, String(f.data)] as const);
  const missing: string[] = [];
  let formulas = 0;
  for (const [name, data] of entries) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    // `(?<!\/)>` leaves out self-closed empty cells, so each match is one cell's own content.
    for (const m of data.matchAll(/<c r="([A-Z]+\d+)"(?:\s[^>]*)?(?<!\/)>(.*?)<\/c>/g)) {
      const inner = m[2] as string;
      if (!inner.includes("<f")) continue;
      formulas++;
      if (!/<v>|<v\/>|<v><\/v>/.test(inner)) missing.push(`${name}!${m[1]}`);
    }
  }
  if (formulas === 0) return [];
  return missing;
}
