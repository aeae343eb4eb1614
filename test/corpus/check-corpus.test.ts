/**
 * The classification scripts/corpus/check-corpus.mjs applies to a build's result: read right only
 * when everything agrees, WRONG for any difference with exit 0 or for a refusal set accepted, refused
 * for exit 1 or 2, and whether a refusal named the expected cell.
 */
import { describe, expect, it } from "vitest";
import type { Expectation } from "../../scripts/corpus/check-corpus.mjs";
import { classify } from "../../scripts/corpus/check-corpus.mjs";

const OK: Expectation = {
  expect: "ok",
  args: ["khoi.xlsx"],
  units: [
    { code: "A", standard: 96, bonus: 2, deduction: 0.5, total: 97.5, rank: 1 },
    { code: "B", standard: 95, bonus: 0, deduction: 0, total: 95, rank: 2 },
    { code: "C", standard: 94, bonus: 1, deduction: 0, total: 95, rank: 2 },
  ],
  proposals: { flag: ["A"], governmentFlag: [], certificate: ["B", "C"] },
  ties: [],
  nextChair: "B",
  nextDeputy: "C",
};

const RESULT = {
  units: [
    { code: "A", standard: 96, bonus: 2, deduction: 0.5, total: 97.5, rank: 1 },
    { code: "C", standard: 94, bonus: 1, deduction: 0, total: 95.00000000001, rank: 2 },
    { code: "B", standard: 95, bonus: 0, deduction: 0, total: 95, rank: 2 },
  ],
  proposals: [
    { award: "flag", units: ["A"] },
    { award: "certificate", units: ["C", "B"] },
  ],
  ties: [],
  rotation: { next: { chair: "B", deputy: "C" } },
};

const REFUSE: Expectation = {
  expect: "refused",
  args: ["khoi.xlsx", "don-vi/x.xlsx"],
  errors: [{ file: "don-vi/x.xlsx", sheet: "Sheet1", cell: "D14", why: "above its maximum" }],
};

describe("classify", () => {
  it("reads right when totals, ranks, proposals and rotation agree (exact to 0,01, in any order inside a rank)", () => {
    expect(classify(OK, { exit: 0, result: RESULT }).verdict).toBe("read right");
  });

  it.each([
    ["a total", { units: RESULT.units.map((u) => (u.code === "B" ? { ...u, total: 95.5 } : u)) }, "B total"],
    ["a bonus", { units: RESULT.units.map((u) => (u.code === "A" ? { ...u, bonus: 0 } : u)) }, "A bonus"],
    [
      "the flag",
      {
        proposals: [
          { award: "flag", units: ["B"] },
          { award: "certificate", units: ["A", "C"] },
        ],
      },
      "flag",
    ],
    ["a tie", { ties: [{ award: "flag", units: ["A", "B"] }] }, "ties"],
    ["the next deputy", { rotation: { next: { chair: "B", deputy: "A" } } }, "next deputy"],
  ])("is WRONG with exit 0 when %s differs", (_what, change, mention) => {
    const verdict = classify(OK, { exit: 0, result: { ...RESULT, ...change } });
    expect(verdict.verdict).toBe("WRONG");
    expect(verdict.detail).toContain(mention);
  });

  it("counts exit 1 and 2 on a set to read as refused", () => {
    expect(
      classify(OK, { exit: 1, result: { errors: [{ code: "headerNotFound", sheet: "Tiêu chí" }] } }).verdict,
    ).toBe("refused");
    expect(classify(OK, { exit: 2, result: {}, stderr: "lỗi quy tắc" }).verdict).toBe("refused");
  });

  it("is WRONG when a set that must be refused is accepted", () => {
    expect(classify(REFUSE, { exit: 0, result: RESULT }).verdict).toBe("WRONG");
  });

  it("says whether a refusal named the expected cell", () => {
    const at = (cell: string) => ({
      errors: [{ code: "x", file: "/tmp/s/don-vi/x.xlsx", sheet: "Sheet1", cell }],
    });
    expect(classify(REFUSE, { exit: 1, result: at("D14") })).toMatchObject({
      verdict: "refused",
      named: true,
    });
    expect(classify(REFUSE, { exit: 1, result: at("D15") })).toMatchObject({
      verdict: "refused",
      named: false,
    });
  });
});
