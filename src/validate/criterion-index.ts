import type { Criterion } from "../model/bloc.js";
import { normalizeCriterionCode } from "./normalize-name.js";

/** Looks criteria up by code as typed (case, diacritics, `1.1` stored as a number all match). */
export type CriterionIndex = (code: string) => Criterion | undefined;

/** Builds the lookup over the bloc's criteria. */
export function indexCriteria(criteria: readonly Criterion[]): CriterionIndex {
  const byKey = new Map(criteria.map((c) => [normalizeCriterionCode(c.code), c]));
  return (code) => byKey.get(normalizeCriterionCode(code));
}
