import type { Bloc } from "../model/bloc.js";
import type { Hundredths } from "../model/points.js";
import type { UnitResult } from "../model/result.js";

/**
 * One unit's points, before ranking (integer hundredths): the scoring fields of `UnitResult`, plus the
 * points counted per criterion code (0 for an empty row), for `criterion:<code>` tie-breakers.
 */
export type UnitScore = Pick<
  UnitResult,
  "code" | "standard" | "bonusEarned" | "bonus" | "deduction" | "total" | "groupSubtotals" | "scoreSource"
> & { criterionPoints: Record<string, Hundredths> };

/** The scores of a bloc: per unit, in the units' row order, and the base of all percentages. */
export interface BlocScores {
  units: UnitScore[];
  /** Sum of the `chuẩn` maxima: the base of classes and minPercent (rules.md). */
  standardMax: Hundredths;
}

/**
 * Totals per unit (rules.md "Totals"): standard + bonus − deduction, summed in integer hundredths so
 * that 9.1 + 0.2 is exactly 9.3. A score absent from the table counts 0: bonus and deduction rows may be
 * left empty, and a missing standard score is already an error of the validate stage.
 */
export function scoreUnits(bloc: Pick<Bloc, "units" | "criteria" | "scores" | "rules">): BlocScores {
  const standardMax = bloc.criteria.filter((c) => c.type === "standard").reduce((sum, c) => sum + c.max, 0);
  const units = bloc.units.map((unit): UnitScore => {
    const row = bloc.scores[unit.code] ?? {};
    let standard = 0;
    let bonusEarned = 0;
    let deduction = 0;
    let self = 0;
    let agreed = 0;
    const groupSubtotals: Record<string, Hundredths> = {};
    const criterionPoints: Record<string, Hundredths> = {};
    for (const criterion of bloc.criteria) {
      const score = row[criterion.code];
      const points = score?.points ?? 0;
      criterionPoints[criterion.code] = points;
      if (score !== undefined) {
        if (score.source === "self") self++;
        else agreed++;
      }
      bonusEarned += score?.extra?.bonus ?? 0;
      deduction += score?.extra?.deduction ?? 0;
      if (criterion.type === "standard") {
        standard += points;
        const group = criterion.group ?? "";
        groupSubtotals[group] = (groupSubtotals[group] ?? 0) + points;
      } else if (criterion.type === "bonus") {
        bonusEarned += points;
      } else {
        deduction += points;
      }
    }
    // bonusCap limits the bonus counted; the report shows both earned and counted (rules.md).
    const cap = bloc.rules.bonusCap;
    const bonus = cap === null ? bonusEarned : Math.min(bonusEarned, cap);
    return {
      code: unit.code,
      standard,
      bonusEarned,
      bonus,
      deduction,
      total: standard + bonus - deduction,
      groupSubtotals,
      // A unit with no scores at all cannot happen after validation; "bloc" is then as good as any.
      scoreSource: self > 0 && agreed > 0 ? "mixed" : self > 0 ? "self" : "bloc",
      criterionPoints,
    };
  });
  return { units, standardMax };
}
