import type { Bloc } from "../model/bloc.js";
import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import type { BlocResult, UnitResult } from "../model/result.js";
import { awardNames } from "../propose/award-names.js";
import { checkEligibility } from "../propose/check-eligibility.js";
import { decideAwards } from "../propose/decide-awards.js";
import { checkDeclaredRanks } from "../rank/check-declared-ranks.js";
import { rankUnits } from "../rank/rank-units.js";
import { rotateChair } from "../rotate/rotate-chair.js";
import { scoreUnits } from "../score/score-units.js";
import { unitsLocation } from "../score/units-location.js";

/**
 * Everything rules.md computes for a validated bloc-year: score → rank → eligibility → award ladder
 * (or the conference's decision) → rotation. `result` is null only when the engine found an error (an
 * override to a disciplined unit, too few units to rotate, an invalid assignment); warnings (ties…)
 * come with a result.
 */
export function computeResult(bloc: Bloc): { result: BlocResult | null; diagnostics: Diagnostic[] } {
  const scores = scoreUnits(bloc);
  const ranked = rankUnits(bloc, scores);
  const totals = new Map(ranked.map((u) => [u.code, u.total]));
  const checked = checkEligibility(bloc, totals, scores.standardMax);
  const names = awardNames(bloc.info, bloc.rules);
  const location = unitsLocation(bloc);
  // The conference decides the units whose `Đề nghị khen thưởng` is filled, the ladder the others
  // (decide-awards.ts); the ladder from the ranking alone stays in computedProposals.
  const awards = decideAwards({
    units: bloc.units,
    ranked,
    eligibility: checked.eligibility,
    rules: bloc.rules,
    names,
    location,
  });
  const rotation = rotateChair(bloc, ranked);
  const diagnostics = [
    ...checkDeclaredRanks(bloc, new Map(ranked.map((u) => [u.code, u.rank]))),
    ...checked.diagnostics,
    ...awards.diagnostics,
    ...rotation.diagnostics,
  ];
  if (hasErrors(diagnostics)) return { result: null, diagnostics };

  const units = ranked.map((r): UnitResult => {
    const eligibility = checked.eligibility.get(r.code);
    if (eligibility === undefined) throw new Error(`computeResult: no eligibility for unit ${r.code}`);
    return {
      code: r.code,
      name: r.name,
      standard: r.standard,
      bonusEarned: r.bonusEarned,
      bonus: r.bonus,
      deduction: r.deduction,
      total: r.total,
      groupSubtotals: r.groupSubtotals,
      rank: r.rank,
      class: r.class,
      scoreSource: r.scoreSource,
      ineligible: eligibility,
    };
  });
  const result: BlocResult = {
    units,
    proposals: awards.proposals,
    computedProposals: awards.computedProposals,
    ties: [...awards.ties, ...rotation.ties],
    rotation: rotation.rotation,
    standardMax: scores.standardMax,
  };
  return { result, diagnostics };
}
