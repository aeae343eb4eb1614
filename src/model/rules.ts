import type { Hundredths } from "./points.js";

/** A tie-breaker, applied in order between units with equal totals (rules.md). */
export type TieBreaker =
  | { kind: "deduction" }
  | { kind: "bonus" }
  | { kind: "criterion"; code: string }
  | { kind: "women" }
  | { kind: "votes" };

/** A classification band: units whose total is at least `min` percent of the standard maximum. */
export interface ClassBand {
  min: number;
  label: string;
}

/**
 * The bloc's rules after merging defaults, the `Quy tắc` sheet and `--rules` (in that order). Each
 * field is one setting of validate/rules/rule-settings.ts, which holds the defaults (`DEFAULT_RULES`).
 */
export interface Rules {
  tieBreakers: TieBreaker[];
  bonusCap: Hundredths | null;
  /** Highest first; empty = no classification. */
  classes: ClassBand[];
  flag: { count: number; minPercent: number | null; name: string | null };
  governmentFlag: { enabled: boolean; name: string | null };
  /** `count` null = all remaining eligible units. */
  certificate: { count: number | null; minPercent: number | null; name: string | null };
  /** Votes must be strictly above this share of the member units. */
  voteThreshold: number;
  /** Lines of `Căn cứ`; null = the default legal bases of documents.md. */
  legalBases: string[] | null;
}
