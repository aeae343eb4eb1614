import type { Bloc } from "../model/bloc.js";
import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import type { BlocResult, UnitResult } from "../model/result.js";
import { applyOverride } from "../propose/apply-override.js";
import { awardNames } from "../propose/award-names.js";
import { checkEligibility } from "../propose/check-eligibility.js";
import { proposeAwards } from "../propose/propose-awards.js";
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
  const input = { ranked, eligibility: checked.eligibility, names, location };
  const ladder = proposeAwards({ ...input, rules: bloc.rules });
  const conference = applyOverride({ ...input, units: bloc.units });
  const rotation = rotateChair(bloc, ranked);

  // When the conference decided, it has voted: the ladder's boundary ties are settled and are neither
  // listed nor warned about (the computed ladder stays in computedProposals for information).
  const diagnostics = [
    ...checkDeclaredRanks(bloc, new Map(ranked.map((u) => [u.code, u.rank]))),
    ...checked.diagnostics,
    ...(conference === null ? ladder.diagnostics : conference.diagnostics),
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
    proposals: conference === null ? ladder.proposals : conference.proposals,
    computedProposals: ladder.proposals,
    ties: [...(conference === null ? ladder.ties : []), ...rotation.ties],
    rotation: rotation.rotation,
    standardMax: scores.standardMax,
  };
  return { result, diagnostics };
}
