import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { RATINGS, type RotationMethod } from "../../src/model/bloc.js";
import { awardNames } from "../../src/propose/award-names.js";
import { checkEligibility, type Eligibility } from "../../src/propose/check-eligibility.js";
import { proposeAwards } from "../../src/propose/propose-awards.js";
import type { TieBreaker } from "../../src/model/rules.js";
import { rankUnits } from "../../src/rank/rank-units.js";
import { reachesPercent } from "../../src/score/reaches-percent.js";
import { scoreUnits } from "../../src/score/score-units.js";
import { makeBloc, type UnitSpec } from "../helpers/make-bloc.js";

const runs = { numRuns: 500 };

/** A unit's random data: totals in a narrow band of 0.5-point steps so that ties are frequent. */
const unitArb = fc.record({
  step: fc.integer({ min: 0, max: 5 }),
  deduction: fc.constantFrom(0, 0.5, 1),
  discipline: fc.constantFrom(null, null, null, null, "Khiển trách"),
  rating: fc.constantFrom(null, null, "htxs-tieu-bieu", "htxs", "htxs", ...RATINGS),
  votes: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 8 }),
  womenRatio: fc.option(fc.constantFrom(0.3, 0.7, 0.8), { nil: null }),
  noRotation: fc.constantFrom(false, false, false, true),
  rotationOrder: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});
const breakerArb: fc.Arbitrary<TieBreaker> = fc.constantFrom(
  { kind: "deduction" },
  { kind: "bonus" },
  { kind: "criterion", code: "1" },
  { kind: "women" },
  { kind: "votes" },
);
const blocArb = fc.record({
  /** Whether the bloc entered Số phiếu at all (then a blank is 0 votes). */
  voted: fc.constantFrom(false, false, false, true),
  units: fc.array(unitArb, { minLength: 1, maxLength: 10 }),
  tieBreakers: fc.uniqueArray(breakerArb, { maxLength: 3, selector: (b) => b.kind }),
  flagCount: fc.integer({ min: 0, max: 3 }),
  certificateCount: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  governmentFlag: fc.boolean(),
  rotation: fc.constantFrom<RotationMethod>("round-robin", "by-rank", "assigned"),
  chair: fc.nat(),
  deputy: fc.option(fc.nat(), { nil: null }),
  nextChair: fc.nat(),
  nextDeputy: fc.nat(),
});
type BlocCase = typeof blocArb extends fc.Arbitrary<infer T> ? T : never;

const criteria = [
  { code: "1", max: 100 },
  { code: "TR", max: 5, type: "deduction" as const },
];
const build = (c: BlocCase) => {
  const codes = c.units.map((_, i) => `U${i}`);
  const pick = (n: number): string => codes[n % codes.length] ?? "U0";
  const units: UnitSpec[] = c.units.map((u, i) => ({
    code: `U${i}`,
    discipline: u.discipline,
    rating: u.rating,
    votes: c.voted ? u.votes : null,
    womenRatio: u.womenRatio,
    noRotation: u.noRotation,
    rotationOrder: u.rotationOrder,
  }));
  return makeBloc({
    units,
    criteria,
    scores: Object.fromEntries(c.units.map((u, i) => [`U${i}`, { "1": 90 + u.step / 2, TR: u.deduction }])),
    rules: {
      tieBreakers: c.tieBreakers,
      flag: { count: c.flagCount },
      certificate: { count: c.certificateCount },
      governmentFlag: { enabled: c.governmentFlag },
    },
    info: {
      chair: pick(c.chair),
      deputy: c.deputy === null ? null : pick(c.deputy),
      rotation: c.rotation,
      nextChair: pick(c.nextChair),
      nextDeputy: pick(c.nextDeputy),
    },
  });
};
/** The ladder alone, through the pure stages (a rotation error is not this property's business). */
const ladderOf = (c: BlocCase) => {
  const bloc = build(c);
  const scores = scoreUnits(bloc);
  const ranked = rankUnits(bloc, scores);
  const { eligibility } = checkEligibility(
    bloc,
    new Map(ranked.map((u) => [u.code, u.total])),
    scores.standardMax,
  );
  const ineligible = (code: string): Eligibility => {
    const entry = eligibility.get(code);
    if (entry === undefined) throw new Error(`no eligibility for ${code}`);
    return entry;
  };
  const names = awardNames(bloc.info, bloc.rules);
  const ladder = proposeAwards({
    ranked,
    eligibility,
    rules: bloc.rules,
    names,
    location: { file: bloc.file },
  });
  return {
    ...ladder,
    units: ranked.map((u) => ({ code: u.code, rank: u.rank, ineligible: ineligible(u.code) })),
  };
};

describe("properties of the ranking", () => {
  it("is a permutation of the units, ordered by total, best first", () => {
    fc.assert(
      fc.property(blocArb, (c) => {
        const bloc = build(c);
        const ranked = rankUnits(bloc, scoreUnits(bloc));
        expect(ranked.map((u) => u.code).sort()).toEqual(bloc.units.map((u) => u.code).sort());
        ranked.forEach((u, i) => {
          const prev = ranked[i - 1];
          if (prev !== undefined) expect(prev.total).toBeGreaterThanOrEqual(u.total);
        });
      }),
      runs,
    );
  });

  it("shares ranks 1, 1, 3: a rank is its position or its predecessor's, and skips after a shared rank", () => {
    fc.assert(
      fc.property(blocArb, (c) => {
        const bloc = build(c);
        const ranked = rankUnits(bloc, scoreUnits(bloc));
        ranked.forEach((u, i) => {
          const prev = ranked[i - 1];
          if (prev === undefined) expect(u.rank).toBe(1);
          else if (u.rank !== i + 1) {
            expect(u.rank).toBe(prev.rank);
            expect(u.total).toBe(prev.total);
          }
          // Without tie-breakers a rank is 1 + the number of strictly better totals.
          if (c.tieBreakers.length === 0)
            expect(u.rank).toBe(1 + ranked.filter((o) => o.total > u.total).length);
          // Whatever the tie-breakers, a strictly better total means a strictly better rank.
          for (const o of ranked) if (o.total > u.total) expect(o.rank).toBeLessThan(u.rank);
        });
      }),
      runs,
    );
  });
});

describe("properties of the award ladder", () => {
  it("never proposes only some of the units tied at a rank, and never a tied unit for the tied award", () => {
    fc.assert(
      fc.property(blocArb, (c) => {
        const result = ladderOf(c);
        const proposed = (award: string): string[] =>
          result.proposals.find((p) => p.award === award)?.units ?? [];
        const flag = proposed("flag");
        const certificate = proposed("certificate");
        const flagTied = result.ties.filter((t) => t.award === "flag").flatMap((t) => t.units);
        for (const tie of result.ties) {
          expect(tie.units.length).toBeGreaterThan(1);
          for (const code of tie.units) expect(proposed(tie.award)).not.toContain(code);
        }
        for (const code of flagTied) expect(certificate).not.toContain(code);
        for (const unit of result.units) {
          const group = result.units.filter((u) => u.rank === unit.rank);
          const flagEligible = group.filter((u) => u.ineligible.flag.length === 0).map((u) => u.code);
          const flagged = flagEligible.filter((code) => flag.includes(code));
          expect([0, flagEligible.length]).toContain(flagged.length);
          const certEligible = group
            .filter((u) => u.ineligible.certificate.length === 0)
            .map((u) => u.code)
            .filter((code) => !flag.includes(code) && !flagTied.includes(code));
          const certified = certEligible.filter((code) => certificate.includes(code));
          expect([0, certEligible.length]).toContain(certified.length);
        }
        expect(flag.length).toBeLessThanOrEqual(c.flagCount);
        if (c.certificateCount !== null) expect(certificate.length).toBeLessThanOrEqual(c.certificateCount);
        for (const p of result.proposals) {
          for (const code of p.units) {
            expect(result.units.find((u) => u.code === code)?.ineligible[p.award]).toEqual([]);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the flag in rank order: no flag-eligible unit ranked above a flagged one is left out", () => {
    fc.assert(
      fc.property(blocArb, (c) => {
        const result = ladderOf(c);
        const flag = result.proposals.find((p) => p.award === "flag")?.units ?? [];
        const worst = Math.max(0, ...result.units.filter((u) => flag.includes(u.code)).map((u) => u.rank));
        for (const u of result.units) {
          if (u.rank < worst && u.ineligible.flag.length === 0) expect(flag).toContain(u.code);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("properties of the rotation", () => {
  it("never names the same unit as chair and deputy, nor a unit that does not serve", () => {
    fc.assert(
      fc.property(blocArb, (c) => {
        const bloc = build(c);
        const { result, diagnostics } = computeResult(bloc);
        const serving = bloc.units.filter((u) => !u.noRotation).map((u) => u.code);
        if (serving.length < 2) {
          expect(diagnostics.map((d) => d.code)).toContain("rotationTooFew");
          return;
        }
        if (result === null) {
          expect(c.rotation).toBe("assigned");
          return;
        }
        const { chair, deputy } = result.rotation.next;
        if (chair !== null) expect(serving).toContain(chair);
        if (deputy !== null) expect(serving).toContain(deputy);
        if (chair !== null && deputy !== null) expect(chair).not.toBe(deputy);
        if (chair === null) expect(deputy).toBeNull();
        if (c.rotation !== "by-rank") expect(chair !== null && deputy !== null).toBe(true);
      }),
      runs,
    );
  });
});

describe("properties of the arithmetic", () => {
  it("totals are exact for any two-decimal inputs", () => {
    const hundredths = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(
        fc.array(hundredths, { minLength: 1, maxLength: 8 }),
        hundredths,
        hundredths,
        (standard, bonus, deduction) => {
          const decimal = (n: number): number =>
            Number(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`);
          const criteria = [
            ...standard.map((_, i) => ({ code: `S${i}` })),
            { code: "T", type: "bonus" as const },
            { code: "TR", type: "deduction" as const },
          ];
          const scores = Object.fromEntries([
            ...standard.map((n, i) => [`S${i}`, decimal(n)] as const),
            ["T", decimal(bonus)],
            ["TR", decimal(deduction)],
          ]);
          const unit = scoreUnits(makeBloc({ units: ["A"], criteria, scores: { A: scores } })).units[0];
          const sum = standard.reduce((a, b) => a + b, 0);
          expect(unit?.standard).toBe(sum);
          expect(unit?.total).toBe(sum + bonus - deduction);
        },
      ),
      runs,
    );
  });

  it("percent thresholds are compared exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 200_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 12_000 }),
        (points, max, percentHundredths) => {
          const percent = percentHundredths / 100; // two decimals, as typed: 66.67
          expect(reachesPercent(points, max, percent)).toBe(points * 10_000 >= percentHundredths * max);
        },
      ),
      runs,
    );
  });
});
