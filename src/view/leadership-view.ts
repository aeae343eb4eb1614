import type { Bloc, RotationMethod } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { LeadershipView, UnitRef } from "./view-model.js";

/** How next year's chair and deputy are chosen, in words (rules.md, HD 1122/BTĐKT-VI). */
const METHOD_TEXT: Record<RotationMethod, string> = {
  "round-robin": "luân phiên theo hình thức vòng tròn",
  "by-rank": "theo kết quả xếp hạng thi đua",
  assigned: "do Hội nghị bầu",
};

/** Text printed for an undecided next chair or deputy (a tie under `by-rank`). */
export const UNDECIDED = "chưa xác định (cần bình xét)";

/** This year's and next year's chair and deputy, by name. */
export function leadershipView(bloc: Bloc, result: BlocResult): LeadershipView {
  const ref = (code: string): UnitRef => {
    const unit = bloc.units.find((u) => u.code === code);
    if (!unit) throw new Error(`rotation names unknown unit "${code}"`);
    return { code, name: unit.name };
  };
  const { current, next, method } = result.rotation;
  const nextChair = next.chair === null ? null : ref(next.chair);
  const nextDeputy = next.deputy === null ? null : ref(next.deputy);
  return {
    method,
    methodText: METHOD_TEXT[method],
    chair: ref(current.chair),
    deputy: current.deputy === null ? null : ref(current.deputy),
    nextChair,
    nextDeputy,
    nextChairText: nextChair?.name ?? UNDECIDED,
    nextDeputyText: nextDeputy?.name ?? UNDECIDED,
  };
}
