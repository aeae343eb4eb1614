import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareNames, letterOrder } from "../../src/rank/compare-names.js";
import { ROOT } from "../helpers/run-cli.js";

const vi = new Intl.Collator("vi");
const sign = (n: number): number => Math.sign(n);

/** Real unit names (the samples' list) and names made from a Vietnamese alphabet with the awkward cases. */
const realNames = readFileSync(join(ROOT, "samples/don-vi.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "");

const PIECES = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789",
  ..."àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵìỉĩíị",
  ..."ẢẮẬỀỐỜỮỨỴÍçñöfjwz",
  " ",
  " ",
  "-",
  ".",
  ",",
  "(",
  "\u0300", // combining grave: a decomposed tone after a plain letter
  "\u0301",
  "\u0306", // combining breve: a decomposed ă
  "\u031B", // combining horn: a decomposed ơ, ư
];

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function madeNames(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = () => PIECES[Math.floor(next() * PIECES.length)] ?? "a";
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    // Pairs that share a prefix are the interesting ones: half the names extend an earlier one.
    const base = i > 0 && next() < 0.5 ? (names[Math.floor(next() * i)] ?? "") : "";
    let name = base.slice(0, Math.floor(next() * (base.length + 1)));
    const extra = 1 + Math.floor(next() * 6);
    for (let k = 0; k < extra; k++) name += pick();
    names.push(name);
  }
  return names;
}

describe("compareNames: the order of Intl.Collator('vi')", () => {
  const names = [...realNames, ...madeNames(600, 20261204)];

  it("orders every pair of names as the collator does", () => {
    const wrong: string[] = [];
    let decidedByLetters = 0;
    for (const a of names)
      for (const b of names) {
        if (sign(compareNames(a, b)) !== sign(vi.compare(a, b))) wrong.push(`${a} | ${b}`);
        if (letterOrder(a, b) !== null) decidedByLetters++;
      }
    expect(wrong).toEqual([]);
    // Both ways are exercised: most pairs by their letters, the rest by the collator.
    expect(decidedByLetters).toBeGreaterThan(names.length ** 2 / 2);
    expect(decidedByLetters).toBeLessThan(names.length ** 2);
  });

  it("answers without the collator for names that first differ at two different letters or digits", () => {
    expect(letterOrder("Sở Tài chính", "Sở Nội vụ")).toBe(1);
    expect(letterOrder("Công ty Điện lực 2", "Công ty Điện lực 10")).toBe(1);
    expect(letterOrder("PTC4", "PHUMY")).toBe(1);
    expect(letterOrder("Ban Quản lý", "Đảng ủy khối")).toBe(-1);
    expect(letterOrder("Đảng ủy", "Dân vận")).toBe(1); // đ after d
    expect(letterOrder("Ăn", "An")).toBe(1); // ă after a
    expect(letterOrder("Ấp", "Ằng")).toBe(1); // â after ă, the tones aside
    expect(letterOrder("Ủy ban", "Ưu tiên")).toBe(-1);
    expect(letterOrder("ban A", "Ban B")).toBe(null); // the same letter in two cases: the collator
    expect(letterOrder("Sở", "Sơ")).toBe(null); // the same letter, another tone
    expect(letterOrder("Sở", "So")).toBe(1); // ơ after o
    expect(letterOrder("An", "An Giang")).toBe(null); // one begins the other
    expect(letterOrder("Pa\u0306c", "Pă")).toBe(null); // a decomposed ă
    expect(letterOrder("Sở Nội vụ", "Sở Nội vụ")).toBe(0);
    // Most pairs of real names are decided without it.
    let plain = 0;
    let pairs = 0;
    for (const a of realNames)
      for (const b of realNames) {
        if (a === b) continue;
        pairs++;
        if (letterOrder(a, b) !== null) plain++;
      }
    expect(plain / pairs).toBeGreaterThan(0.5);
  });
});
