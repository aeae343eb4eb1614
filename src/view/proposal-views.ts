import type { Proposal, UnitResult } from "../model/result.js";
import { formatPoints } from "../model/points.js";
import { AWARD_SHORT_NAMES } from "./award-names.js";
import { joinNames } from "./join-names.js";
import { padCount } from "./text/pad-count.js";
import { vietnameseOrdinal } from "./text/vietnamese-ordinal.js";
import type { ProposalView, ProposedUnitView } from "./view-model.js";

/** Proposals with the units' names, totals and ranks, in the order the ladder gives them. */
export function proposalViews(
  proposals: readonly Proposal[],
  unitsByCode: ReadonlyMap<string, UnitResult>,
): ProposalView[] {
  return proposals.map((proposal) => {
    const units: ProposedUnitView[] = proposal.units.map((code) => {
      const unit = unitsByCode.get(code);
      if (!unit) throw new Error(`proposal names unknown unit "${code}"`);
      return {
        code,
        name: unit.name,
        total: formatPoints(unit.total),
        rank: unit.rank,
        rankWords: vietnameseOrdinal(unit.rank),
      };
    });
    return {
      award: proposal.award,
      name: proposal.name,
      shortName: AWARD_SHORT_NAMES[proposal.award],
      units,
      unitNames: joinNames(units.map((u) => u.name)),
      count: units.length,
      countPadded: padCount(units.length),
      isEmpty: units.length === 0,
      byConference: proposal.decidedBy === "conference",
    };
  });
}
