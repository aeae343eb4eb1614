import { describe, expect, it } from "vitest";
import { scoreUnits } from "../../src/score/score-units.js";
import { makeBloc } from "../helpers/make-bloc.js";

const criteria = [
  { code: "1.1", max: 10, group: "I. Nhiệm vụ chính trị" },
  { code: "1.2", max: 10, group: "I. Nhiệm vụ chính trị" },
  { code: "2", max: 80, group: "II. Công tác thi đua" },
  { code: "3", max: 5 },
  { code: "T", max: 5, type: "bonus" as const },
  { code: "T2", max: 5, type: "bonus" as const },
  { code: "TR", max: 10, type: "deduction" as const },
];

const scoreOf = (scores: Record<string, number>, bonusCap: number | null = null) =>
  scoreUnits(makeBloc({ units: ["A"], criteria, scores: { A: scores }, rules: { bonusCap } })).units[0];

describe("scoreUnits: totals in exact hundredths (rules.md Totals)", () => {
  it.each<{ name: string; scores: Record<string, number>; standard: number; total: number }>([
    { name: "9.1 + 0.2 = 9.3", scores: { "1.1": 9.1, "1.2": 0.2 }, standard: 930, total: 930 },
    { name: "0.1 + 0.2 = 0.3", scores: { "1.1": 0.1, "1.2": 0.2 }, standard: 30, total: 30 },
    {
      name: "standard + bonus − deduction",
      scores: { "1.1": 9.5, "1.2": 8.25, "2": 72.75, "3": 0, T: 2, TR: 0.5 },
      standard: 9050,
      total: 9200,
    },
    {
      name: "two bonus rows add up, empty bonus/deduction rows count 0",
      scores: { "1.1": 1.01, "1.2": 2.02, "2": 3.03, "3": 4.04, T: 0.33, T2: 0.34 },
      standard: 1010,
      total: 1077,
    },
    {
      name: "deductions may exceed the points: the total goes below 0",
      scores: { "1.1": 1, "1.2": 0, "2": 0, "3": 0, TR: 3.5 },
      standard: 100,
      total: -250,
    },
  ])("$name", ({ scores, standard, total }) => {
    const unit = scoreOf(scores);
    expect(unit?.standard).toBe(standard);
    expect(unit?.total).toBe(total);
  });

  it("keeps bonus and deduction apart", () => {
    const unit = scoreOf({ "1.1": 10, "1.2": 10, "2": 80, "3": 5, T: 1.5, T2: 0.25, TR: 0.75 });
    expect(unit).toMatchObject({
      standard: 10500,
      bonusEarned: 175,
      bonus: 175,
      deduction: 75,
      total: 10600,
    });
  });

  it("sums the standard maxima only into standardMax", () => {
    expect(scoreUnits(makeBloc({ units: ["A"], criteria })).standardMax).toBe(10500);
  });

  it("counts a unit with no scores at all as 0", () => {
    const scored = scoreUnits(makeBloc({ units: ["A"], criteria }));
    expect(scored.units[0]).toMatchObject({ standard: 0, bonus: 0, deduction: 0, total: 0 });
  });
});

describe("scoreUnits: bonusCap", () => {
  const scores = { "1.1": 10, "1.2": 10, "2": 70, "3": 0, T: 3, T2: 2 };
  it.each([
    { cap: null, earned: 500, counted: 500, total: 9500 },
    { cap: 3, earned: 500, counted: 300, total: 9300 },
    { cap: 5, earned: 500, counted: 500, total: 9500 },
    { cap: 4.99, earned: 500, counted: 499, total: 9499 },
    { cap: 10, earned: 500, counted: 500, total: 9500 },
    { cap: 0, earned: 500, counted: 0, total: 9000 },
  ])("cap $cap: earned $earned, counted $counted", ({ cap, earned, counted, total }) => {
    expect(scoreOf(scores, cap)).toMatchObject({ bonusEarned: earned, bonus: counted, total });
  });
});

describe("scoreUnits: groups and sources", () => {
  it("keeps standard subtotals per Nhóm in order of first appearance, ungrouped under ''", () => {
    const unit = scoreOf({ "1.1": 9.1, "1.2": 0.2, "2": 75.5, "3": 4, T: 2, TR: 1 });
    expect(unit?.groupSubtotals).toEqual({
      "I. Nhiệm vụ chính trị": 930,
      "II. Công tác thi đua": 7550,
      "": 400,
    });
    expect(Object.keys(unit?.groupSubtotals ?? {})).toEqual([
      "I. Nhiệm vụ chính trị",
      "II. Công tác thi đua",
      "",
    ]);
  });

  it("records the points per criterion, 0 for an empty row", () => {
    expect(scoreOf({ "1.1": 9, TR: 1 })?.criterionPoints).toEqual({
      "1.1": 900,
      "1.2": 0,
      "2": 0,
      "3": 0,
      T: 0,
      T2: 0,
      TR: 100,
    });
  });

  it.each([
    { sources: ["self", "self"], expected: "self" },
    { sources: ["bloc", "bloc"], expected: "bloc" },
    { sources: ["self", "bloc"], expected: "mixed" },
  ] as const)("$sources → $expected", ({ sources, expected }) => {
    const bloc = makeBloc({
      units: ["A"],
      criteria: [{ code: "1" }, { code: "2" }],
      scores: { A: { "1": { points: 5, source: sources[0] }, "2": { points: 5, source: sources[1] } } },
    });
    expect(scoreUnits(bloc).units[0]?.scoreSource).toBe(expected);
  });
});
