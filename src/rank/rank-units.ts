import type { Bloc } from "../model/bloc.js";
import type { BlocScores, UnitScore } from "../score/score-units.js";
import { classifyTotal } from "./classify-total.js";
import { compareNames } from "./compare-names.js";
import { compareUnits, type Standing } from "./compare-units.js";

/** A unit's points with its standard competition rank and classification. */
export interface RankedUnit extends UnitScore {
  name: string;
  /** 1, 1, 3: units still equal after the tie-breakers share a rank and the next rank skips. */
  rank: number;
  /** Classification label, or null when no classes are set (or no band is reached). */
  class: string | null;
}

/**
 * Ranks the units (rules.md "Ranking"): total descending, then the tie-breakers in order; units still
 * equal share a rank (1, 1, 3) and are listed by Vietnamese collation of their names.
 */
export function rankUnits(
  bloc: Pick<Bloc, "units" | "criteria" | "rules">,
  scores: BlocScores,
): RankedUnit[] {
  const scoreByCode = new Map(scores.units.map((s) => [s.code, s]));
  const standings: Standing[] = bloc.units.map((unit) => {
    const score = scoreByCode.get(unit.code);
    if (score === undefined) throw new Error(`rankUnits: no score for unit ${unit.code}`);
    return { unit, score };
  });
  const { tieBreakers, classes } = bloc.rules;
  const compare = (a: Standing, b: Standing): number => compareUnits(a, b, tieBreakers, bloc.criteria);
  const sorted = [...standings].sort(
    (a, b) =>
      compare(a, b) ||
      compareNames(a.unit.name, b.unit.name) ||
      // Identical names: the row order keeps the output deterministic.
      a.unit.index - b.unit.index,
  );
  const ranked: RankedUnit[] = [];
  sorted.forEach((standing, i) => {
    const previous = sorted[i - 1];
    const prevRanked = ranked[i - 1];
    const rank =
      previous !== undefined && prevRanked !== undefined && compare(previous, standing) === 0
        ? prevRanked.rank
        : i + 1;
    ranked.push({
      ...standing.score,
      name: standing.unit.name,
      rank,
      class: classes.length === 0 ? null : classifyTotal(standing.score.total, scores.standardMax, classes),
    });
  });
  return ranked;
}
