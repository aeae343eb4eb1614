import type { AwardKind } from "../model/bloc.js";
import type { Proposal } from "../model/result.js";
import type { Rules } from "../model/rules.js";
import { AWARDS } from "./apply-override.js";

/** Units the ranking proposed for an award that the conference's decisions leave without it or a higher one. */
export interface DroppedAward {
  award: AwardKind;
  /** Unit codes, in ranking order. */
  units: string[];
}

/** An award given to more units than its count allows, after the conference's decisions. */
export interface ExceededAward {
  award: AwardKind;
  /** Every unit proposed for it, in ranking order. */
  units: string[];
  limit: number;
}

/**
 * The awards from the highest: a unit the conference gives a higher award than the ranking did (the
 * government flag instead of the province's, the flag instead of a certificate) has lost nothing.
 */
const AWARD_ORDER: readonly AwardKind[] = ["governmentFlag", "flag", "certificate"];

/**
 * How many units each award may go to (rules.md): `flag.count`; one government flag (the bloc's
 * leader); `certificate.count`, null meaning all eligible units (no limit).
 */
export function awardLimits(rules: Rules): Record<AwardKind, number | null> {
  return { flag: rules.flag.count, governmentFlag: 1, certificate: rules.certificate.count };
}

/**
 * What the conference's decisions changed against the ranking (rules.md: "the warnings and the
 * minutes say so"): the units the computed ladder proposed for an award that get neither it nor a
 * higher one, and the awards now given to more units than their count. Pure: the same function feeds
 * the warnings (decide-awards.ts) and the minutes (the view). With no decision both lists are empty.
 */
export function conferenceChanges(
  proposals: readonly Proposal[],
  computedProposals: readonly Proposal[],
  rules: Rules,
): { dropped: DroppedAward[]; exceeded: ExceededAward[] } {
  const unitsOf = (list: readonly Proposal[], award: AwardKind): string[] =>
    list.filter((p) => p.award === award).flatMap((p) => p.units);
  const limits = awardLimits(rules);
  const dropped: DroppedAward[] = [];
  const exceeded: ExceededAward[] = [];
  for (const award of AWARDS) {
    const now = unitsOf(proposals, award);
    const atLeast = AWARD_ORDER.slice(0, AWARD_ORDER.indexOf(award) + 1).flatMap((a) =>
      unitsOf(proposals, a),
    );
    const lost = unitsOf(computedProposals, award).filter((code) => !atLeast.includes(code));
    if (lost.length > 0) dropped.push({ award, units: lost });
    const limit = limits[award];
    if (limit !== null && now.length > limit) exceeded.push({ award, units: now, limit });
  }
  return { dropped, exceeded };
}
