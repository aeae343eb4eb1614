import { describe, expect, it } from "vitest";
import type { TieBreaker } from "../../src/model/rules.js";
import { rankUnits } from "../../src/rank/rank-units.js";
import { scoreUnits } from "../../src/score/score-units.js";
import { makeBloc, type BlocSpec } from "../helpers/make-bloc.js";

const rank = (spec: BlocSpec) => {
  const bloc = makeBloc(spec);
  return rankUnits(bloc, scoreUnits(bloc));
};
/** "A:1 B:1 C:3": codes in ranking order with their ranks. */
const standing = (spec: BlocSpec): string =>
  rank(spec)
    .map((u) => `${u.code}:${u.rank}`)
    .join(" ");

describe("rankUnits: order by total, standard competition ranking", () => {
  it.each<{ totals: Record<string, number>; expected: string }>([
    { totals: { A: 80, B: 90, C: 85 }, expected: "B:1 C:2 A:3" },
    { totals: { A: 90, B: 90, C: 85 }, expected: "A:1 B:1 C:3" },
    { totals: { A: 95, B: 90, C: 90, D: 80 }, expected: "A:1 B:2 C:2 D:4" },
    { totals: { A: 90, B: 90, C: 90 }, expected: "A:1 B:1 C:1" },
    { totals: { A: 90, B: 90, C: 80, D: 80, E: 70 }, expected: "A:1 B:1 C:3 D:3 E:5" },
    { totals: { A: 90.01, B: 90 }, expected: "A:1 B:2" },
    { totals: { A: 0 }, expected: "A:1" },
  ])("$totals → $expected", ({ totals, expected }) => {
    expect(standing({ units: Object.keys(totals), scores: totals })).toBe(expected);
  });

  it("ranks nothing when there are no units", () => {
    expect(rank({})).toEqual([]);
  });
});

describe("rankUnits: display order inside a shared rank is Vietnamese collation of the name", () => {
  it("puts Dân before Đảng before Em (code-point order would put Đ last)", () => {
    const units = [
      { code: "E", name: "Em" },
      { code: "DA", name: "Đảng ủy" },
      { code: "DN", name: "Dân vận" },
    ];
    const ranked = rank({ units, scores: { E: 90, DA: 90, DN: 90 } });
    expect(ranked.map((u) => u.name)).toEqual(["Dân vận", "Đảng ủy", "Em"]);
    expect(ranked.map((u) => u.rank)).toEqual([1, 1, 1]);
  });

  it("never lets the name beat a higher total", () => {
    const units = [
      { code: "A", name: "An" },
      { code: "Z", name: "Ý" },
    ];
    expect(standing({ units, scores: { A: 80, Z: 81 } })).toBe("Z:1 A:2");
  });

  it("keeps row order for identical names", () => {
    const units = [
      { code: "X2", name: "Trường" },
      { code: "X1", name: "Trường" },
    ];
    expect(standing({ units, scores: { X1: 5, X2: 5 } })).toBe("X2:1 X1:1");
  });
});

/** Two units with equal totals (90) that differ on every tie-break datum. */
const criteria = [
  { code: "1", max: 100 },
  { code: "2", max: 100 },
  { code: "T", max: 10, type: "bonus" as const },
  { code: "TR", max: 10, type: "deduction" as const },
];

describe("rankUnits: tie-breakers", () => {
  it.each<{ name: string; breakers: TieBreaker[]; spec: BlocSpec; expected: string }>([
    {
      name: "deduction: fewer deduction points first",
      breakers: [{ kind: "deduction" }],
      spec: { units: ["A", "B"], criteria, scores: { A: { "1": 91, TR: 1 }, B: { "1": 90 } } },
      expected: "B:1 A:2",
    },
    {
      name: "bonus: more bonus points first",
      breakers: [{ kind: "bonus" }],
      spec: { units: ["A", "B"], criteria, scores: { A: { "1": 90 }, B: { "1": 88, T: 2 } } },
      expected: "B:1 A:2",
    },
    {
      name: "bonus: the bonus counted after bonusCap",
      breakers: [{ kind: "bonus" }],
      spec: {
        units: ["A", "B"],
        criteria,
        rules: { bonusCap: 2 },
        scores: { A: { "1": 88, T: 2 }, B: { "1": 88, T: 5 } },
      },
      expected: "A:1 B:1",
    },
    {
      name: "criterion:<code>: more points on that criterion first",
      breakers: [{ kind: "criterion", code: "2" }],
      spec: { units: ["A", "B"], criteria, scores: { A: { "1": 50, "2": 40 }, B: { "1": 40, "2": 50 } } },
      expected: "B:1 A:2",
    },
    {
      name: "criterion:<code> on a trừ row: fewer points taken off first",
      breakers: [{ kind: "criterion", code: "TR" }],
      spec: { units: ["A", "B"], criteria, scores: { A: { "1": 92, TR: 2 }, B: { "1": 91, TR: 1 } } },
      expected: "B:1 A:2",
    },
    {
      name: "women: at or above 70 % goes first",
      breakers: [{ kind: "women" }],
      spec: {
        units: [
          { code: "A", womenRatio: 0.69 },
          { code: "B", womenRatio: 0.7 },
        ],
        scores: { A: 90, B: 90 },
      },
      expected: "B:1 A:2",
    },
    {
      name: "women: both above stay equal",
      breakers: [{ kind: "women" }],
      spec: {
        units: [
          { code: "A", womenRatio: 0.75 },
          { code: "B", womenRatio: 0.95 },
        ],
        scores: { A: 90, B: 90 },
      },
      expected: "A:1 B:1",
    },
    {
      name: "women: both below stay equal",
      breakers: [{ kind: "women" }],
      spec: {
        units: [
          { code: "A", womenRatio: 0.2 },
          { code: "B", womenRatio: 0.69 },
        ],
        scores: { A: 90, B: 90 },
      },
      expected: "A:1 B:1",
    },
    {
      name: "women: a ratio not given is not known to reach 70 %",
      breakers: [{ kind: "women" }],
      spec: { units: ["A", { code: "B", womenRatio: 0.7 }], scores: { A: 90, B: 90 } },
      expected: "B:1 A:2",
    },
    {
      name: "women: a formula's 0.6999999999999999 counts as 70 %",
      breakers: [{ kind: "women" }],
      spec: {
        units: [
          { code: "A", womenRatio: 0.5 },
          { code: "B", womenRatio: 0.7 - Number.EPSILON },
        ],
        scores: { A: 90, B: 90 },
      },
      expected: "B:1 A:2",
    },
    {
      name: "votes: more votes first",
      breakers: [{ kind: "votes" }],
      spec: {
        units: [
          { code: "A", votes: 3 },
          { code: "B", votes: 4 },
        ],
        scores: { A: 90, B: 90 },
      },
      expected: "B:1 A:2",
    },
    {
      name: "votes: no votes entered counts as 0",
      breakers: [{ kind: "votes" }],
      spec: {
        units: ["A", { code: "B", votes: 0 }, { code: "C", votes: 1 }],
        scores: { A: 90, B: 90, C: 90 },
      },
      expected: "C:1 A:2 B:2",
    },
    {
      name: "in order: the first breaker that separates decides",
      breakers: [{ kind: "deduction" }, { kind: "votes" }],
      spec: {
        units: [
          { code: "A", votes: 5 },
          { code: "B", votes: 1 },
          { code: "C", votes: 9 },
        ],
        criteria,
        scores: { A: { "1": 90 }, B: { "1": 90 }, C: { "1": 91, TR: 1 } },
      },
      expected: "A:1 B:2 C:3",
    },
    {
      name: "in the other order, the other result",
      breakers: [{ kind: "votes" }, { kind: "deduction" }],
      spec: {
        units: [
          { code: "A", votes: 5 },
          { code: "B", votes: 1 },
          { code: "C", votes: 9 },
        ],
        criteria,
        scores: { A: { "1": 90 }, B: { "1": 90 }, C: { "1": 91, TR: 1 } },
      },
      expected: "C:1 A:2 B:3",
    },
    {
      name: "still equal after every breaker: a shared rank",
      breakers: [{ kind: "deduction" }, { kind: "bonus" }],
      spec: { units: ["A", "B", "C"], criteria, scores: { A: { "1": 90 }, B: { "1": 90 }, C: { "1": 80 } } },
      expected: "A:1 B:1 C:3",
    },
    {
      name: "a breaker never reorders different totals",
      breakers: [{ kind: "votes" }],
      spec: {
        units: [
          { code: "A", votes: 0 },
          { code: "B", votes: 99 },
        ],
        scores: { A: 90.01, B: 90 },
      },
      expected: "A:1 B:2",
    },
  ])("$name", ({ breakers, spec, expected }) => {
    expect(standing({ ...spec, rules: { ...spec.rules, tieBreakers: breakers } })).toBe(expected);
  });

  it("uses no tie-breaker by default", () => {
    const spec = {
      units: [
        { code: "A", votes: 1 },
        { code: "B", votes: 9 },
      ],
      scores: { A: 90, B: 90 },
    };
    expect(standing(spec)).toBe("A:1 B:1");
  });
});

describe("rankUnits: classification (percent of the standard maximum, compared exactly)", () => {
  const classes = [
    { min: 90, label: "Xuất sắc" },
    { min: 80, label: "Tốt" },
    { min: 65, label: "Khá" },
    { min: 0, label: "Trung bình" },
  ];
  it.each([
    { total: 100, expected: "Xuất sắc" },
    { total: 90, expected: "Xuất sắc" },
    { total: 89.99, expected: "Tốt" },
    { total: 80, expected: "Tốt" },
    { total: 79.99, expected: "Khá" },
    { total: 65, expected: "Khá" },
    { total: 64.99, expected: "Trung bình" },
    { total: 0, expected: "Trung bình" },
  ])("$total / 100 → $expected", ({ total, expected }) => {
    expect(rank({ units: ["A"], scores: { A: total }, rules: { classes } })[0]?.class).toBe(expected);
  });

  it.each([
    { total: 900, expected: "Xuất sắc" },
    { total: 899.99, expected: "Tốt" },
  ])("on a 1 000-point scale: $total → $expected", ({ total, expected }) => {
    const spec = {
      units: ["A"],
      criteria: [{ code: "1", max: 1000 }],
      scores: { A: total },
      rules: { classes },
    };
    expect(rank(spec)[0]?.class).toBe(expected);
  });

  it.each([
    { total: 200.01, expected: "Đạt" },
    { total: 200, expected: null },
  ])("a decimal band 66.67 % of 300 points: $total → $expected", ({ total, expected }) => {
    const spec = {
      units: ["A"],
      criteria: [{ code: "1", max: 300 }],
      scores: { A: total },
      rules: { classes: [{ min: 66.67, label: "Đạt" }] },
    };
    expect(rank(spec)[0]?.class).toBe(expected);
  });

  it("counts bonus and deduction in the total that is classified (may pass 100 %)", () => {
    const spec = {
      units: ["A"],
      criteria: [{ code: "1" }, { code: "T", max: 10, type: "bonus" as const }],
      scores: { A: { "1": 88, T: 2 } },
      rules: { classes },
    };
    expect(rank(spec)[0]?.class).toBe("Xuất sắc");
  });

  it("has no class without classes, nor below the lowest band", () => {
    expect(rank({ units: ["A"], scores: { A: 95 } })[0]?.class).toBeNull();
    const spec = { units: ["A"], scores: { A: 40 }, rules: { classes: [{ min: 50, label: "Đạt" }] } };
    expect(rank(spec)[0]?.class).toBeNull();
  });

  it("takes the highest band reached even when the list is out of order", () => {
    const reversed = [...classes].reverse();
    expect(rank({ units: ["A"], scores: { A: 85 }, rules: { classes: reversed } })[0]?.class).toBe("Tốt");
  });
});
