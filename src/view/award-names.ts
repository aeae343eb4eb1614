import type { AwardKind, Bloc } from "../model/bloc.js";
import type { Proposal } from "../model/result.js";

/** Short award names for table cells. */
export const AWARD_SHORT_NAMES: Record<AwardKind, string> = {
  flag: "Cờ thi đua",
  governmentFlag: "Cờ thi đua của Chính phủ",
  certificate: "Bằng khen",
};

/**
 * An award's full name: from the proposals when present, else the configured or default name of
 * rules.md (`Cờ thi đua của {Cấp khen}`, `Bằng khen của Chủ tịch {Cấp khen}`).
 */
export function awardName(award: AwardKind, bloc: Bloc, proposals: readonly Proposal[]): string {
  const named = proposals.find((p) => p.award === award);
  if (named) return named.name;
  const authority = bloc.info.authority;
  switch (award) {
    case "flag":
      return bloc.rules.flag.name ?? `Cờ thi đua của ${authority}`;
    case "governmentFlag":
      return bloc.rules.governmentFlag.name ?? "Cờ thi đua của Chính phủ";
    case "certificate":
      return bloc.rules.certificate.name ?? `Bằng khen của Chủ tịch ${authority}`;
  }
}
