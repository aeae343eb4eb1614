/**
 * Writes a corpus (test/corpus/, test/corpus-blind/): for every set, its workbooks (built with exceljs,
 * then opened and saved by LibreOffice Calc so formulas carry cached results and the files are what
 * Calc writes) and its expect.json, computed from the set's data by set-expectation.ts, independently
 * of src/; with no set chosen, the whole corpus afresh and its README. Deterministic.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as prettier from "prettier";
import type { Resave } from "./libreoffice.js";
import { formulasWithoutResult, resaveAll } from "./libreoffice.js";
import type { CorpusSet } from "./model.js";
import { setExpectation } from "./set-expectation.js";

export interface CorpusEntry {
  set: CorpusSet;
  expect: Record<string, unknown>;
}

async function json(value: unknown, path: string): Promise<string> {
  return prettier.format(JSON.stringify(value), { parser: "json", printWidth: 110, filepath: path });
}

/** A set's line in its corpus's README: what it holds and what a careful reader must answer. */
export function setLine({ set, expect }: CorpusEntry): string {
  if (expect.expect === "refused") {
    const errors = expect.errors as { file: string; sheet?: string; cell?: string; row?: number }[];
    const where = errors.map((e) =>
      [e.file, e.sheet, e.cell ?? (e.row ? `dòng ${e.row}` : undefined)].filter(Boolean).join(" › "),
    );
    return `- \`${set.id}\` — ${set.title} → **refused**: ${where.join("; ")}`;
  }
  const p = expect.proposals as { flag: string[] };
  const flag = p.flag.length > 0 ? `flag ${p.flag.join(", ")}` : "no flag (tie)";
  return `- \`${set.id}\` — ${set.title} → ok, ${flag}, ${String(expect.scoreSource)} points`;
}

/** Writes the sets whose id starts with one of `only` (every set, and the README, when empty). */
export async function writeCorpus(
  corpus: string,
  sets: readonly CorpusSet[],
  readme: (entries: CorpusEntry[]) => string,
  only: readonly string[],
): Promise<void> {
  const folder = join(corpus, "sets");
  const chosen = sets.filter((s) => only.length === 0 || only.some((o) => s.id.startsWith(o)));
  const ids = new Set<string>();
  for (const s of sets) {
    if (ids.has(s.id)) throw new Error(`duplicate set id ${s.id}`);
    ids.add(s.id);
  }
  if (only.length === 0) {
    await mkdir(folder, { recursive: true });
    for (const name of await readdir(folder)) await rm(join(folder, name), { recursive: true });
  }
  const resaves: Resave[] = [];
  const entries: CorpusEntry[] = [];
  for (const set of chosen) {
    const dir = join(folder, set.id);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const built = set.build();
    for (const f of built.files) {
      resaves.push({ raw: Buffer.from(await f.book.xlsx.writeBuffer()), dest: join(dir, f.path) });
    }
    const expect = setExpectation(set, built);
    await writeFile(join(dir, "expect.json"), await json(expect, join(dir, "expect.json")));
    entries.push({ set, expect });
  }
  await resaveAll(resaves);
  for (const r of resaves) {
    const missing = await formulasWithoutResult(r.dest);
    if (missing.length > 0)
      throw new Error(`${r.dest}: formulas without a cached result: ${missing.join(", ")}`);
  }
  if (only.length === 0) await writeFile(join(corpus, "README.md"), readme(entries));
  const shown = relative(process.cwd(), folder) || folder;
  console.log(
    `${entries.length} sets, ${resaves.length} workbooks written to ${shown}/ (saved by LibreOffice)`,
  );
}
