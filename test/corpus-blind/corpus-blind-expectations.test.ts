/**
 * The committed blind corpus agrees with its data: each set's expect.json is what the generator
 * computes from scripts/corpus/data/sets-blind/ (so nobody edits an expectation by hand), and every
 * file a set's `args` names is in its folder. Reads no workbook through src/.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sets } from "../../scripts/corpus/data/sets-blind/index.js";
import { setExpectation } from "../../scripts/corpus/lib/set-expectation.js";

const SETS = fileURLToPath(new URL("./sets/", import.meta.url));

describe("the blind corpus", () => {
  const built = new Map(sets.map((s) => [s.id, s.build()]));

  it("has one folder per set definition and nothing else", () => {
    const folders = readdirSync(SETS).sort();
    expect(folders).toEqual(sets.map((s) => s.id).sort());
  });

  it("holds at least 14 sets to read and 6 to refuse", () => {
    const all = [...built.values()];
    expect(all.filter((b) => !b.errors).length).toBeGreaterThanOrEqual(14);
    expect(all.filter((b) => b.errors).length).toBeGreaterThanOrEqual(6);
  });

  for (const set of sets) {
    it(`${set.id}: expect.json is computed from the data and its files exist`, () => {
      const committed: unknown = JSON.parse(readFileSync(join(SETS, set.id, "expect.json"), "utf8"));
      expect(committed).toEqual(setExpectation(set, built.get(set.id) ?? set.build()));
      for (const arg of (committed as { args: string[] }).args)
        expect(existsSync(join(SETS, set.id, arg)), arg).toBe(true);
    });
  }
});
