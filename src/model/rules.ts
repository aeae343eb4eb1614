import type { Hundredths } from "./bloc.js";

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

/** The bloc's rules after merging defaults, the `Quy tắc` sheet and `--rules` (in that order). */
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

/** The rules a bloc gets with no `Quy tắc` sheet and no `--rules` file. */
export const DEFAULT_RULES: Rules = {
  tieBreakers: [],
  bonusCap: null,
  classes: [],
  flag: { count: 1, minPercent: null, name: null },
  governmentFlag: { enabled: false, name: null },
  certificate: { count: null, minPercent: null, name: null },
  voteThreshold: 0.5,
  legalBases: null,
};
