import type { Unit } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import type { BlocWords } from "./bloc-words.js";
import { ratingLabel } from "./rating-words.js";
import { formatPercent } from "./text/format-percent.js";
import { vietnameseOrdinal } from "./text/vietnamese-ordinal.js";
import type { UnitView } from "./view-model.js";

/** The units in ranking order with formatted points, rank in words, votes, awards and last year's standing. */
export function unitViews(
  units: readonly Unit[],
  result: BlocResult,
  words: BlocWords,
  prev: PrevYear | null = null,
): UnitView[] {
  const memberCount = units.length;
  const source = { bloc: `${words.short} chấm`, self: "Tự chấm", mixed: `${words.short} chấm, tự chấm` };
  return result.units.map((r, index) => {
    const unit = units.find((u) => u.code === r.code);
    if (!unit) throw new Error(`result names unknown unit "${r.code}"`);
    const lastYear = prev?.units[r.code];
    const awards = result.proposals.filter((p) => p.units.includes(r.code)).map((p) => p.name);
    return {
      code: r.code,
      name: r.name,
      stt: index + 1,
      standard: formatPoints(r.standard),
      bonus: formatPoints(r.bonus),
      bonusEarned: formatPoints(r.bonusEarned),
      bonusCapped: r.bonus !== r.bonusEarned,
      deduction: formatPoints(r.deduction),
      total: formatPoints(r.total),
      rank: r.rank,
      rankWords: vietnameseOrdinal(r.rank),
      sharedRank: result.units.some((o) => o.code !== r.code && o.rank === r.rank),
      class: r.class,
      rating: unit.rating === null ? null : ratingLabel(unit.rating),
      scoreSource: source[r.scoreSource],
      votes: unit.votes,
      // One vote per member unit: the share is of the member units (rules.md, voteThreshold).
      votesPercent: unit.votes === null ? null : formatPercent(unit.votes, memberCount),
      note: unit.note,
      awards,
      awardsText: awards.length === 0 ? null : awards.join("; "),
      isChair: r.code === result.rotation.current.chair,
      isDeputy: r.code === result.rotation.current.deputy,
      prev: lastYear === undefined ? null : { total: formatPoints(lastYear.total), rank: lastYear.rank },
    };
  });
}
