import type { AwardKind, Bloc, BlocInfo } from "../model/bloc.js";
import type { Proposal } from "../model/result.js";
import type { Rules } from "../model/rules.js";

/**
 * The full name of each award (rules.md): the rules' `awards.*.name` when set, else
 * `Cờ thi đua của {Cấp khen}`, `Cờ thi đua của Chính phủ`, `Bằng khen của Chủ tịch {Cấp khen}`.
 */
export function awardNames(info: Pick<BlocInfo, "authority">, rules: Rules): Record<AwardKind, string> {
  return {
    flag: rules.flag.name ?? `Cờ thi đua của ${info.authority}`,
    governmentFlag: rules.governmentFlag.name ?? "Cờ thi đua của Chính phủ",
    certificate: rules.certificate.name ?? `Bằng khen của Chủ tịch ${info.authority}`,
  };
}

/** An award's full name: the one its proposals carry when there are any, else `awardNames`. */
export function awardName(award: AwardKind, bloc: Bloc, proposals: readonly Proposal[]): string {
  return proposals.find((p) => p.award === award)?.name ?? awardNames(bloc.info, bloc.rules)[award];
}

/**
 * An award's short name: how it is written in a `Đề nghị khen thưởng` cell (workbook.md), so what a
 * tie's message asks for, and in the documents' table cells.
 */
export const AWARD_SHORT_NAMES: Record<AwardKind, string> = {
  flag: "Cờ thi đua",
  governmentFlag: "Cờ thi đua của Chính phủ",
  certificate: "Bằng khen",
};
