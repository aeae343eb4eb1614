import type { AwardKind, RotationMethod } from "./bloc.js";
import type { Hundredths } from "./points.js";

/** One unit's computed standing. */
export interface UnitResult {
  code: string;
  name: string;
  standard: Hundredths;
  /** Bonus points earned, before `bonusCap`. */
  bonusEarned: Hundredths;
  /** Bonus points counted, after `bonusCap`. */
  bonus: Hundredths;
  deduction: Hundredths;
  total: Hundredths;
  /** Standard points per `Nhóm` (criteria without a group fall under ""). */
  groupSubtotals: Record<string, Hundredths>;
  /** Standard competition rank: 1, 1, 3. */
  rank: number;
  /** Classification label, or null when no classes are set. */
  class: string | null;
  /** `mixed` when some counted points are self scores and some bloc scores. */
  scoreSource: "self" | "bloc" | "mixed";
  /** Why the unit cannot receive each award (empty = eligible). */
  ineligible: Record<AwardKind, IneligibleReason[]>;
}

export type IneligibleReason = "discipline" | "rating" | "votes" | "minPercent";

/** Units proposed for one award. */
export interface Proposal {
  award: AwardKind;
  /** The award's full name, e.g. `Cờ thi đua của Ủy ban nhân dân tỉnh`. */
  name: string;
  /** Unit codes, in rank order. */
  units: string[];
  decidedBy: "rules" | "conference";
}

/** Units tied at a boundary: the conference must vote (`cần bình xét`). */
export interface Tie {
  award: AwardKind | "chair" | "deputy";
  /** Unit codes. */
  units: string[];
  /** The rank they share. */
  rank: number;
}

export interface RotationResult {
  method: RotationMethod;
  current: { chair: string; deputy: string | null };
  /** null = undecided (a tie under by-rank, listed in ties). */
  next: { chair: string | null; deputy: string | null };
}

/** Everything computed for a bloc-year. */
export interface BlocResult {
  /** In ranking order (display order inside a shared rank: Vietnamese collation of names). */
  units: UnitResult[];
  /**
   * The proposals that stand: per award, the units the conference decided (`Đề nghị khen thưởng`,
   * `decidedBy` = `conference`) then those the ladder gives the other units (`rules`).
   */
  proposals: Proposal[];
  /** The ladder from the ranking alone (no decision taken into account); equal to proposals when nobody decided. */
  computedProposals: Proposal[];
  ties: Tie[];
  rotation: RotationResult;
  /** Maximum standard points (sum of `chuẩn` maxima): the base of percentages. */
  standardMax: Hundredths;
}
