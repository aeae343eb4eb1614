import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import type { BlocResult } from "../../src/model/result.js";
import { makeBloc, type BlocSpec, type UnitSpec } from "../helpers/make-bloc.js";

const compute = (spec: BlocSpec) => {
  const { result, diagnostics } = computeResult(makeBloc(spec));
  if (result === null) throw new Error(`no result: ${JSON.stringify(diagnostics)}`);
  return { result, diagnostics };
};
/** "flag: A | certificate: B C": the proposals in one readable line. */
const ladder = (result: BlocResult): string =>
  result.proposals.map((p) => `${p.award}: ${p.units.join(" ")}`).join(" | ");
const tiesOf = (result: BlocResult): string =>
  result.ties.map((t) => `${t.award}@${t.rank}: ${t.units.join(" ")}`).join(" | ");

/** Units A, B, C… (or specs) with the given totals, in that order. */
const bloc = (
  totals: Record<string, number>,
  rules: BlocSpec["rules"] = {},
  units?: UnitSpec[],
): BlocSpec => ({
  units: units ?? Object.keys(totals),
  scores: totals,
  rules,
});

describe("award ladder: flag, government flag, certificates (rules.md)", () => {
  it.each<{ name: string; spec: BlocSpec; expected: string }>([
    {
      name: "default: the leader gets the flag, every other eligible unit a certificate",
      spec: bloc({ A: 95, B: 90, C: 85, D: 80 }),
      expected: "flag: A | certificate: B C D",
    },
    {
      name: "flag.count 2: the first two",
      spec: bloc({ A: 95, B: 90, C: 85, D: 80 }, { flag: { count: 2 } }),
      expected: "flag: A B | certificate: C D",
    },
    {
      name: "flag.count 2 with rank 1 shared by two: both get the flag",
      spec: bloc({ A: 95, B: 95, C: 85 }, { flag: { count: 2 } }),
      expected: "flag: A B | certificate: C",
    },
    {
      name: "flag.count 0: no flag, certificates for all",
      spec: bloc({ A: 95, B: 90 }, { flag: { count: 0 } }),
      expected: "certificate: A B",
    },
    {
      name: "a disciplined leader: the flag goes to the first eligible unit",
      spec: bloc({ A: 95, B: 90, C: 85 }, {}, [
        { code: "A", discipline: "Cảnh cáo" },
        { code: "B" },
        { code: "C" },
      ]),
      expected: "flag: B | certificate: C",
    },
    {
      name: "a leader rated HTT: certificate instead of the flag",
      spec: bloc({ A: 95, B: 90, C: 85 }, {}, [{ code: "A", rating: "htt" }, { code: "B" }, { code: "C" }]),
      expected: "flag: B | certificate: A C",
    },
    {
      name: "governmentFlag: the leader gets it in addition to its flag",
      spec: bloc({ A: 95, B: 90, C: 85 }, { governmentFlag: { enabled: true } }),
      expected: "flag: A | governmentFlag: A | certificate: B C",
    },
    {
      name: "governmentFlag: not when the rank-1 unit did not receive the flag",
      spec: bloc({ A: 95, B: 90 }, { governmentFlag: { enabled: true } }, [
        { code: "A", rating: "htt" },
        { code: "B" },
      ]),
      expected: "flag: B | certificate: A",
    },
    {
      name: "governmentFlag: a shared rank 1 with one unit ineligible: the other leader",
      spec: bloc({ A: 95, B: 95, C: 85 }, { governmentFlag: { enabled: true } }, [
        { code: "A" },
        { code: "B", discipline: "x" },
        { code: "C" },
      ]),
      expected: "flag: A | governmentFlag: A | certificate: C",
    },
    {
      name: "certificate.count 2: the next two by rank",
      spec: bloc({ A: 95, B: 90, C: 85, D: 80, E: 75 }, { certificate: { count: 2 } }),
      expected: "flag: A | certificate: B C",
    },
    {
      name: "certificate.count 0: none",
      spec: bloc({ A: 95, B: 90 }, { certificate: { count: 0 } }),
      expected: "flag: A",
    },
    {
      name: "certificate.count skips ineligible units rather than counting them",
      spec: bloc({ A: 95, B: 90, C: 85, D: 80 }, { certificate: { count: 2 } }, [
        { code: "A" },
        { code: "B", rating: "ht" },
        { code: "C" },
        { code: "D" },
      ]),
      expected: "flag: A | certificate: C D",
    },
    {
      name: "certificate.count larger than the units left",
      spec: bloc({ A: 95, B: 90 }, { certificate: { count: 10 } }),
      expected: "flag: A | certificate: B",
    },
    {
      name: "flag.minPercent not reached by anyone: no flag",
      spec: bloc({ A: 89, B: 80 }, { flag: { minPercent: 90 } }),
      expected: "certificate: A B",
    },
    {
      name: "certificate.minPercent: only units at or above it",
      spec: bloc({ A: 95, B: 80, C: 79.99 }, { certificate: { minPercent: 80 } }),
      expected: "flag: A | certificate: B",
    },
    {
      name: "nobody eligible: no proposal at all (only awards with units are listed)",
      spec: bloc({ A: 95, B: 90 }, {}, [
        { code: "A", discipline: "x" },
        { code: "B", discipline: "y" },
      ]),
      expected: "",
    },
    {
      name: "a tie with an ineligible unit is no tie",
      spec: bloc({ A: 95, B: 95, C: 85 }, {}, [{ code: "A", discipline: "x" }, { code: "B" }, { code: "C" }]),
      expected: "flag: B | certificate: C",
    },
    {
      name: "a tie-breaker settles what would be a tie",
      spec: bloc({ A: 95, B: 95, C: 85 }, { tieBreakers: [{ kind: "votes" }] }, [
        { code: "A", votes: 2 },
        { code: "B", votes: 3 },
        { code: "C", votes: 2 },
      ]),
      expected: "flag: B | certificate: A C",
    },
  ])("$name", ({ spec, expected }) => {
    const { result } = compute(spec);
    expect(ladder(result)).toBe(expected);
    expect(result.ties).toEqual([]);
    expect(result.computedProposals).toEqual(result.proposals);
  });

  it("names the awards after Cấp khen by default", () => {
    const { result } = compute({ ...bloc({ A: 95, B: 90 }, { governmentFlag: { enabled: true } }) });
    expect(result.proposals.map((p) => [p.award, p.name, p.decidedBy])).toEqual([
      ["flag", "Cờ thi đua của Ủy ban nhân dân tỉnh", "rules"],
      ["governmentFlag", "Cờ thi đua của Chính phủ", "rules"],
      ["certificate", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "rules"],
    ]);
    const city = compute({ ...bloc({ A: 95, B: 90 }), info: { authority: "Ủy ban nhân dân Thành phố" } });
    expect(city.result.proposals.map((p) => p.name)).toEqual([
      "Cờ thi đua của Ủy ban nhân dân Thành phố",
      "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố",
    ]);
  });

  it("uses the rules' award names when set", () => {
    const rules = {
      governmentFlag: { enabled: true, name: "Cờ CP" },
      flag: { name: "Cờ thi đua của Bộ Tài chính" },
      certificate: { name: "Bằng khen của Bộ trưởng Bộ Tài chính" },
    };
    const { result } = compute(bloc({ A: 95, B: 90 }, rules));
    expect(result.proposals.map((p) => p.name)).toEqual([
      "Cờ thi đua của Bộ Tài chính",
      "Cờ CP",
      "Bằng khen của Bộ trưởng Bộ Tài chính",
    ]);
  });

  it("lists proposed units in ranking order, collation inside a shared rank", () => {
    const units = [
      { code: "E", name: "Em" },
      { code: "DA", name: "Đảng ủy" },
      { code: "DN", name: "Dân vận" },
      { code: "A", name: "An" },
    ];
    const { result } = compute(bloc({ E: 80, DA: 80, DN: 80, A: 99 }, {}, units));
    expect(ladder(result)).toBe("flag: A | certificate: DN DA E");
  });
});

describe("boundary ties are never broken silently", () => {
  it.each<{ name: string; spec: BlocSpec; expected: string; ties: string }>([
    {
      name: "flag.count 1, rank 1 shared by A and B: nobody gets the flag, A and B no certificate either",
      spec: bloc({ A: 95, B: 95, C: 85, D: 80 }),
      expected: "certificate: C D",
      ties: "flag@1: A B",
    },
    {
      name: "… with certificate.count 2: one place is held for the loser of the flag vote",
      spec: bloc({ A: 95, B: 95, C: 85, D: 80 }, { certificate: { count: 2 } }),
      expected: "certificate: C",
      ties: "flag@1: A B",
    },
    {
      name: "… with certificate.count 1: the only place is held, nobody gets a certificate",
      spec: bloc({ A: 95, B: 95, C: 85 }, { certificate: { count: 1 } }),
      expected: "",
      ties: "flag@1: A B",
    },
    {
      name: "three tied for one flag, certificate.count 1: two losers for one place tie again",
      spec: bloc({ A: 95, B: 95, C: 95, D: 80 }, { certificate: { count: 1 } }),
      expected: "",
      ties: "flag@1: A B C | certificate@1: A B C",
    },
    {
      name: "three tied for one flag, certificate.count 3: two places held, D gets the third",
      spec: bloc({ A: 95, B: 95, C: 95, D: 80, E: 70 }, { certificate: { count: 3 } }),
      expected: "certificate: D",
      ties: "flag@1: A B C",
    },
    {
      name: "flag.count 2, rank 2 shared by B and C: A gets the flag, B and C tie for the second",
      spec: bloc({ A: 99, B: 95, C: 95, D: 80 }, { flag: { count: 2 } }),
      expected: "flag: A | certificate: D",
      ties: "flag@2: B C",
    },
    {
      name: "flag.count 2, three share rank 1: nobody gets the flag",
      spec: bloc({ A: 95, B: 95, C: 95, D: 80 }, { flag: { count: 2 } }),
      expected: "certificate: D",
      ties: "flag@1: A B C",
    },
    {
      name: "a flag tie also leaves the government flag unproposed",
      spec: bloc({ A: 95, B: 95, C: 85 }, { governmentFlag: { enabled: true } }),
      expected: "certificate: C",
      ties: "flag@1: A B",
    },
    {
      name: "two rank-1 units both flagged (flag.count 2) tie for the one government flag",
      spec: bloc({ A: 95, B: 95, C: 85 }, { flag: { count: 2 }, governmentFlag: { enabled: true } }),
      expected: "flag: A B | certificate: C",
      ties: "governmentFlag@1: A B",
    },
    {
      name: "a unit of the tied rank that cannot have the flag is still proposed a certificate",
      spec: bloc({ A: 95, B: 95, C: 95, D: 80 }, {}, [
        { code: "A" },
        { code: "B" },
        { code: "C", rating: "htt" },
        { code: "D" },
      ]),
      expected: "certificate: C D",
      ties: "flag@1: A B",
    },
    {
      name: "… but with one certificate place, it ties with the flag vote's loser",
      spec: bloc({ A: 95, B: 95, C: 95, D: 80 }, { certificate: { count: 1 } }, [
        { code: "A" },
        { code: "B" },
        { code: "C", rating: "htt" },
        { code: "D" },
      ]),
      expected: "",
      ties: "flag@1: A B | certificate@1: A B C",
    },
    {
      name: "certificate.count 2, rank 3 shared by C and D: B gets one, C and D tie, E gets nothing",
      spec: bloc({ A: 99, B: 95, C: 90, D: 90, E: 85 }, { certificate: { count: 2 } }),
      expected: "flag: A | certificate: B",
      ties: "certificate@3: C D",
    },
    {
      name: "certificate.count 2, rank 2 shared by exactly two: no tie, both fit",
      spec: bloc({ A: 99, B: 90, C: 90, D: 85 }, { certificate: { count: 2 } }),
      expected: "flag: A | certificate: B C",
      ties: "",
    },
    {
      name: "a flag tie does not block a flag already given above it",
      spec: bloc({ A: 99, B: 95, C: 95, D: 90 }, { flag: { count: 2 }, certificate: { count: 1 } }),
      expected: "flag: A",
      ties: "flag@2: B C",
    },
  ])("$name", ({ spec, expected, ties }) => {
    const { result } = compute(spec);
    expect(ladder(result)).toBe(expected);
    expect(tiesOf(result)).toBe(ties);
  });

  it("warns with boundaryTie naming the tied units, the award and the rank", () => {
    const { diagnostics } = compute(bloc({ A: 95, B: 95, C: 85 }));
    expect(diagnostics).toMatchObject([
      {
        code: "boundaryTie",
        severity: "warning",
        location: { file: "khoi.xlsx", sheet: "Đơn vị" },
        args: {
          kind: "flag",
          award: "Cờ thi đua của Ủy ban nhân dân tỉnh",
          rank: 1,
          codes: ["A", "B"],
          units: ["Đơn vị A", "Đơn vị B"],
        },
      },
    ]);
  });

  it("settles when votes are entered and used as a tie-breaker", () => {
    const units = [
      { code: "A", votes: 3 },
      { code: "B", votes: 2 },
      { code: "C", votes: 3 },
    ];
    const spec = bloc({ A: 95, B: 95, C: 85 }, { tieBreakers: [{ kind: "votes" }] }, units);
    const { result, diagnostics } = compute(spec);
    // B has 2 votes of 3 members: more than half, so still eligible for a certificate.
    expect(ladder(result)).toBe("flag: A | certificate: B C");
    expect(tiesOf(result)).toBe("");
    expect(diagnostics.map((d) => d.code)).toEqual([]);
  });
});
