import type { Criterion, Unit } from "../model/bloc.js";
import type { TieBreaker } from "../model/rules.js";
import type { UnitScore } from "../score/score-units.js";

/** What the ranking compares: a unit's points and the unit's own tie-break data. */
export interface Standing {
  score: UnitScore;
  unit: Unit;
}

/**
 * Nghị định 152/2025/NĐ-CP art. 4 prefers, among equals, collectives with at least 70 % women. The
 * ratio is compared in millionths so that a share computed by an Excel formula (0.6999999999) still
 * counts as 70 %; a unit whose ratio is not given is not known to reach it.
 */
const WOMEN_MILLIONTHS = 700_000;
const reachesWomen = (unit: Unit): boolean =>
  unit.womenRatio !== null && Math.round(unit.womenRatio * 1_000_000) >= WOMEN_MILLIONTHS;

/**
 * Orders two standings, best first (negative when `a` ranks above `b`): total descending, then each
 * tie-breaker in order (rules.md "Ranking"); 0 when they stay equal and share a rank.
 */
export function compareUnits(
  a: Standing,
  b: Standing,
  tieBreakers: readonly TieBreaker[],
  criteria: readonly Criterion[],
): number {
  if (a.score.total !== b.score.total) return b.score.total - a.score.total;
  for (const breaker of tieBreakers) {
    const order = compareBy(breaker, a, b, criteria);
    if (order !== 0) return order;
  }
  return 0;
}

function compareBy(breaker: TieBreaker, a: Standing, b: Standing, criteria: readonly Criterion[]): number {
  switch (breaker.kind) {
    case "deduction":
      return a.score.deduction - b.score.deduction;
    case "bonus":
      // The bonus counted (after bonusCap): the points that made the total.
      return b.score.bonus - a.score.bonus;
    case "criterion": {
      const pa = a.score.criterionPoints[breaker.code] ?? 0;
      const pb = b.score.criterionPoints[breaker.code] ?? 0;
      // On a `trừ` row the points are taken off, so fewer is better, as for the `deduction` breaker.
      const type = criteria.find((c) => c.code === breaker.code)?.type;
      return type === "deduction" ? pa - pb : pb - pa;
    }
    case "women":
      return Number(reachesWomen(b.unit)) - Number(reachesWomen(a.unit));
    case "votes":
      // A unit with no votes entered counts 0 votes, as for eligibility: a blank is no vote received.
      return (b.unit.votes ?? 0) - (a.unit.votes ?? 0);
  }
}
