import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import type { Rating } from "../../src/model/bloc.js";
import { votesAbove } from "../../src/propose/check-eligibility.js";
import { makeBloc, type BlocSpec, type UnitSpec } from "../helpers/make-bloc.js";

const ineligibleOf = (spec: BlocSpec, code: string) => {
  const { result } = computeResult(makeBloc(spec));
  return result?.units.find((u) => u.code === code)?.ineligible;
};
/** Unit X (total 90) among two plain units. */
const withX = (x: Omit<UnitSpec, "code">, rules: BlocSpec["rules"] = {}): BlocSpec => ({
  units: [{ code: "X", ...x }, "B", "C"],
  scores: { X: 90, B: 80, C: 70 },
  rules,
});

describe("eligibility: discipline (Nghị định 152/2025 art. 4)", () => {
  it("bars a unit whose Kỷ luật cell is filled from every award", () => {
    expect(ineligibleOf(withX({ discipline: "Đang bị thanh tra" }), "X")).toEqual({
      flag: ["discipline"],
      governmentFlag: ["discipline"],
      certificate: ["discipline"],
    });
  });
  it("does not bar a unit with no discipline", () => {
    expect(ineligibleOf(withX({}), "X")).toEqual({ flag: [], governmentFlag: [], certificate: [] });
  });
});

describe("eligibility: rating below the award's requirement", () => {
  it.each<{ rating: Rating | null; flag: boolean; certificate: boolean }>([
    { rating: "htxs-tieu-bieu", flag: true, certificate: true },
    { rating: "htxs", flag: true, certificate: true },
    { rating: "htt", flag: false, certificate: true },
    { rating: "ht", flag: false, certificate: false },
    { rating: "kht", flag: false, certificate: false },
    { rating: null, flag: true, certificate: true },
  ])("$rating: flag $flag, certificate $certificate", ({ rating, flag, certificate }) => {
    const reasons = ineligibleOf(withX({ rating }), "X");
    expect(reasons?.flag).toEqual(flag ? [] : ["rating"]);
    expect(reasons?.governmentFlag).toEqual(flag ? [] : ["rating"]);
    expect(reasons?.certificate).toEqual(certificate ? [] : ["rating"]);
  });
});

describe("eligibility: votes strictly above voteThreshold × member units", () => {
  const voting = (votes: (number | null)[], threshold = 0.5): BlocSpec => ({
    units: votes.map((v, i) => ({ code: `U${i}`, votes: v })),
    scores: Object.fromEntries(votes.map((_, i) => [`U${i}`, 90 - i])),
    rules: { voteThreshold: threshold },
  });
  it.each([
    { members: 5, threshold: 0.5, votes: 3, eligible: true },
    { members: 5, threshold: 0.5, votes: 2, eligible: false },
    { members: 4, threshold: 0.5, votes: 2, eligible: false },
    { members: 4, threshold: 0.5, votes: 3, eligible: true },
    { members: 9, threshold: 0.6667, votes: 6, eligible: false },
    { members: 9, threshold: 0.6667, votes: 7, eligible: true },
    { members: 10, threshold: 0.7, votes: 7, eligible: false },
    { members: 10, threshold: 0.7, votes: 8, eligible: true },
    { members: 3, threshold: 0, votes: 0, eligible: false },
    { members: 3, threshold: 0, votes: 1, eligible: true },
  ])("$votes of $members at $threshold → $eligible", ({ members, threshold, votes, eligible }) => {
    const all = [votes, ...Array.from({ length: members - 1 }, () => members)];
    const reasons = ineligibleOf(voting(all, threshold), "U0");
    expect(reasons?.flag).toEqual(eligible ? [] : ["votes"]);
    expect(reasons?.certificate).toEqual(eligible ? [] : ["votes"]);
  });

  it("0.7 × 10 is compared exactly (binary 0.7 × 10 is 7.000000000000001 or 7 by luck)", () => {
    expect(votesAbove(7, 0.7, 10)).toBe(false);
    expect(votesAbove(8, 0.7, 10)).toBe(true);
    expect(votesAbove(4, 0.1 + 0.2, 13)).toBe(true); // 0.30000000000000004 × 13 = 3.9…
  });

  it("ignores votes when no unit has any", () => {
    expect(ineligibleOf(voting([null, null, null]), "U0")?.flag).toEqual([]);
  });

  it("counts a blank among entered votes as 0, with a votesMissing warning at the unit's row", () => {
    const bloc = makeBloc(voting([null, 3, 3]));
    const { result, diagnostics } = computeResult(bloc);
    expect(result?.units.find((u) => u.code === "U0")?.ineligible.flag).toEqual(["votes"]);
    expect(diagnostics.filter((d) => d.code === "votesMissing")).toMatchObject([
      { severity: "warning", location: { sheet: "Đơn vị", row: 2 }, args: { code: "U0" } },
    ]);
  });
});

describe("eligibility: minPercent of the standard maximum", () => {
  it.each([
    { total: 90, flagMin: 90, flag: true },
    { total: 89.99, flagMin: 90, flag: false },
    { total: 95, flagMin: null, flag: true },
  ])("flag.minPercent $flagMin, total $total → $flag", ({ total, flagMin, flag }) => {
    const spec: BlocSpec = {
      units: ["X", "B"],
      scores: { X: total, B: 0 },
      rules: { flag: { minPercent: flagMin } },
    };
    const reasons = ineligibleOf(spec, "X");
    expect(reasons?.flag).toEqual(flag ? [] : ["minPercent"]);
    expect(reasons?.governmentFlag).toEqual(flag ? [] : ["minPercent"]);
    expect(reasons?.certificate).toEqual([]);
  });

  it.each([
    { total: 80, certMin: 80, certificate: true },
    { total: 79.99, certMin: 80, certificate: false },
  ])("certificate.minPercent $certMin, total $total → $certificate", ({ total, certMin, certificate }) => {
    const spec: BlocSpec = {
      units: ["X", "B"],
      scores: { X: total, B: 0 },
      rules: { certificate: { minPercent: certMin } },
    };
    const reasons = ineligibleOf(spec, "X");
    expect(reasons?.certificate).toEqual(certificate ? [] : ["minPercent"]);
    expect(reasons?.flag).toEqual([]);
  });
});

describe("eligibility: several reasons at once", () => {
  it("lists every reason, in the order discipline, rating, votes, minPercent", () => {
    const spec: BlocSpec = {
      units: [
        { code: "X", discipline: "x", rating: "ht", votes: 0 },
        { code: "B", votes: 2 },
      ],
      scores: { X: 10, B: 90 },
      rules: { flag: { minPercent: 50 }, certificate: { minPercent: 50 } },
    };
    expect(ineligibleOf(spec, "X")?.flag).toEqual(["discipline", "rating", "votes", "minPercent"]);
  });
});
