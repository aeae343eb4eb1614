import type { AwardKind, BlocInfo } from "../model/bloc.js";
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

/** How each award is written in a `Đề nghị khen thưởng` cell (workbook.md): what a tie's message asks for. */
export const AWARD_CELL_TEXT: Record<AwardKind, string> = {
  flag: "Cờ thi đua",
  governmentFlag: "Cờ thi đua của Chính phủ",
  certificate: "Bằng khen",
};
