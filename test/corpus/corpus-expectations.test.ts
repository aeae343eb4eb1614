/**
 * The committed corpora agree with their data: each set's expect.json is what the generator computes
 * from scripts/corpus/data/ (so nobody edits an expectation by hand), and every file a set's `args`
 * names is in its folder. Reads no workbook through src/: the corpus measures the reader, it is not
 * tested by it here.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CorpusSet } from "../../scripts/corpus/lib/model.js";
import { sets as blindSets } from "../../scripts/corpus/data/sets-blind/index.js";
import { sets as realisticSets } from "../../scripts/corpus/data/sets/index.js";
import { setExpectation } from "../../scripts/corpus/lib/set-expectation.js";

const CORPORA: ReadonlyArray<{
  name: string;
  sets: readonly CorpusSet[];
  folder: string;
  /** The fewest sets to read and to refuse the corpus holds. */
  least: { read: number; refuse: number };
}> = [
  {
    name: "the realistic corpus",
    sets: realisticSets,
    folder: fileURLToPath(new URL("./sets/", import.meta.url)),
    least: { read: 18, refuse: 6 },
  },
  {
    name: "the blind corpus",
    sets: blindSets,
    folder: fileURLToPath(new URL("../corpus-blind/sets/", import.meta.url)),
    least: { read: 14, refuse: 6 },
  },
];

describe.each(CORPORA)("$name", ({ sets, folder, least }) => {
  const built = new Map(sets.map((s) => [s.id, s.build()]));

  it("has one folder per set definition and nothing else", () => {
    const folders = readdirSync(folder).sort();
    expect(folders).toEqual(sets.map((s) => s.id).sort());
  });

  it(`holds at least ${least.read} sets to read and ${least.refuse} to refuse`, () => {
    const all = [...built.values()];
    expect(all.filter((b) => !b.errors).length).toBeGreaterThanOrEqual(least.read);
    expect(all.filter((b) => b.errors).length).toBeGreaterThanOrEqual(least.refuse);
  });

  for (const set of sets) {
    it(`${set.id}: expect.json is computed from the data and its files exist`, () => {
      const committed: unknown = JSON.parse(readFileSync(join(folder, set.id, "expect.json"), "utf8"));
      expect(committed).toEqual(setExpectation(set, built.get(set.id) ?? set.build()));
      for (const arg of (committed as { args: string[] }).args)
        expect(existsSync(join(folder, set.id, arg)), arg).toBe(true);
    });
  }
});
