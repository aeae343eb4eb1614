import type { Rules, TieBreaker } from "../model/rules.js";
import { toPoints } from "../model/points.js";
import type { RulesInput } from "../validate/rules/rules-input-schema.js";

/** A tie-breaker as a rules file writes it (`criterion:1.1`). */
function tieBreakerText(t: TieBreaker): string {
  return t.kind === "criterion" ? `criterion:${t.code}` : t.kind;
}

/**
 * A bloc's resolved rules in the shape of a `--rules` file (rules.md "Settings reference"): every
 * setting written out, defaults included, so next year's workbook shows the values this year used.
 * Award names and legal bases appear only when the bloc set them (their default depends on the year).
 */
export function rulesToInput(rules: Rules): RulesInput {
  const awards: NonNullable<RulesInput["awards"]> = {};
  if (rules.flag.name !== null) awards.flag = { name: rules.flag.name };
  if (rules.governmentFlag.name !== null) awards.governmentFlag = { name: rules.governmentFlag.name };
  if (rules.certificate.name !== null) awards.certificate = { name: rules.certificate.name };
  return {
    tieBreakers: rules.tieBreakers.map(tieBreakerText),
    bonusCap: rules.bonusCap === null ? null : toPoints(rules.bonusCap),
    classes: rules.classes.map((c) => ({ min: c.min, label: c.label })),
    flag: { count: rules.flag.count, minPercent: rules.flag.minPercent },
    governmentFlag: rules.governmentFlag.enabled,
    certificate: {
      count: rules.certificate.count ?? "all",
      minPercent: rules.certificate.minPercent,
    },
    voteThreshold: rules.voteThreshold,
    ...(Object.keys(awards).length > 0 ? { awards } : {}),
    ...(rules.legalBases !== null ? { legalBases: [...rules.legalBases] } : {}),
  };
}
