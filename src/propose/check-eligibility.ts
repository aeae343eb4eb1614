import { RATINGS, type AwardKind, type Bloc, type Rating, type Unit } from "../model/bloc.js";
import type { Hundredths } from "../model/points.js";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { IneligibleReason } from "../model/result.js";
import { exactFraction } from "../score/exact-fraction.js";
import { reachesPercent } from "../score/reaches-percent.js";

/** Why a unit cannot receive each award; an empty list means eligible. */
export type Eligibility = Record<AwardKind, IneligibleReason[]>;

/**
 * The rating each award requires (rules.md table): the flags need `Hoàn thành xuất sắc nhiệm vụ`, the
 * certificate `Hoàn thành tốt nhiệm vụ`. The settings reference has no key to change them.
 */
export const REQUIRED_RATING: Record<AwardKind, Rating> = {
  flag: "htxs",
  governmentFlag: "htxs",
  certificate: "htt",
};

/** True when `votes` is strictly above `share` of `members`, compared exactly (no float products). */
export function votesAbove(votes: number, share: number, members: number): boolean {
  const v = exactFraction(votes);
  const s = exactFraction(share);
  return v.num * s.den > s.num * BigInt(members) * v.den;
}

/**
 * Eligibility of every unit for every award (rules.md "Award proposals"), by unit code, plus a
 * `votesMissing` warning for each unit left blank in `Số phiếu` while others have votes.
 */
export function checkEligibility(
  bloc: Pick<Bloc, "units" | "rules">,
  totals: ReadonlyMap<string, Hundredths>,
  standardMax: Hundredths,
): { eligibility: Map<string, Eligibility>; diagnostics: Diagnostic[] } {
  const { rules, units } = bloc;
  const diagnostics: Diagnostic[] = [];
  // "Where Số phiếu is given for the bloc": any unit with votes makes the vote count for all of them.
  const voted = units.some((u) => u.votes !== null);
  const eligibility = new Map<string, Eligibility>();
  for (const unit of units) {
    if (voted && unit.votes === null) {
      // A blank among entered votes is read as 0 votes (no vote received), which fails the threshold;
      // a warning says so, since it may also be a slip of the secretary.
      diagnostics.push(
        diagnostic("votesMissing", "warning", unit.location, { unit: unit.name, code: unit.code }),
      );
    }
    const total = totals.get(unit.code) ?? 0;
    const ctx = { voted, members: units.length, voteThreshold: rules.voteThreshold, total, standardMax };
    const flagCtx = { ...ctx, minPercent: rules.flag.minPercent };
    const entry: Eligibility = {
      flag: reasonsFor(unit, "flag", flagCtx),
      // The government flag shares the flag's minimum: it is proposed only in addition to the flag.
      governmentFlag: reasonsFor(unit, "governmentFlag", flagCtx),
      certificate: reasonsFor(unit, "certificate", { ...ctx, minPercent: rules.certificate.minPercent }),
    };
    eligibility.set(unit.code, entry);
  }
  return { eligibility, diagnostics };
}

interface Context {
  voted: boolean;
  members: number;
  voteThreshold: number;
  total: Hundredths;
  standardMax: Hundredths;
  minPercent: number | null;
}

function reasonsFor(unit: Unit, award: AwardKind, ctx: Context): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  // Nghị định 152/2025/NĐ-CP art. 4: no award while discipline, investigation or inspection is pending.
  if (unit.discipline !== null && unit.discipline.trim() !== "") reasons.push("discipline");
  // Only a rating that is given can be below the requirement (rules.md: "its Xếp loại is given and …").
  if (unit.rating !== null && RATINGS.indexOf(unit.rating) > RATINGS.indexOf(REQUIRED_RATING[award])) {
    reasons.push("rating");
  }
  // Votes must be *more than* voteThreshold of the number of member units (rules.md, default 0.5).
  if (ctx.voted && !votesAbove(unit.votes ?? 0, ctx.voteThreshold, ctx.members)) reasons.push("votes");
  if (ctx.minPercent !== null && !reachesPercent(ctx.total, ctx.standardMax, ctx.minPercent)) {
    reasons.push("minPercent");
  }
  return reasons;
}
