import type { Proposal, UnitResult } from "../model/result.js";
import { formatPoints } from "../model/points.js";
import { AWARDS } from "../propose/apply-override.js";
import { AWARD_SHORT_NAMES } from "../propose/award-names.js";
import { joinNames } from "./join-names.js";
import { padCount } from "./text/pad-count.js";
import { vietnameseOrdinal } from "./text/vietnamese-ordinal.js";
import type { ProposalView, ProposedUnitView } from "./view-model.js";

/**
 * One view per award (flag, government flag, certificate), its units in ranking order: the
 * conference's units and the ladder's, which the result keeps apart (`decidedBy`), print as one list
 * under the award, each unit marked with who decided it.
 */
export function proposalViews(
  proposals: readonly Proposal[],
  unitsByCode: ReadonlyMap<string, UnitResult>,
): ProposalView[] {
  // The map is built in ranking order (display order inside a shared rank included).
  const position = new Map([...unitsByCode.keys()].map((code, i) => [code, i]));
  const views: ProposalView[] = [];
  for (const award of AWARDS) {
    const parts = proposals.filter((p) => p.award === award);
    const first = parts[0];
    if (first === undefined) continue;
    const units: ProposedUnitView[] = parts
      .flatMap((p) =>
        p.units.map((code) => {
          const unit = unitsByCode.get(code);
          if (!unit) throw new Error(`proposal names unknown unit "${code}"`);
          return {
            code,
            name: unit.name,
            total: formatPoints(unit.total),
            rank: unit.rank,
            rankWords: vietnameseOrdinal(unit.rank),
            byConference: p.decidedBy === "conference",
          };
        }),
      )
      .sort((a, b) => (position.get(a.code) ?? 0) - (position.get(b.code) ?? 0));
    views.push({
      award,
      name: first.name,
      shortName: AWARD_SHORT_NAMES[award],
      units,
      unitNames: joinNames(units.map((u) => u.name)),
      count: units.length,
      countPadded: padCount(units.length),
      isEmpty: units.length === 0,
      byConference: units.some((u) => u.byConference),
    });
  }
  return views;
}
