import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { Rules, TieBreaker } from "../../model/rules.js";
import type { CriterionIndex } from "../criterion-index.js";
import type { RuleKey, RuleValues } from "./rule-settings.js";
import { defaultValues, rulesFrom, RULE_SETTING_LIST, setValue } from "./rule-settings.js";

/** Settings read from one place, and where each came from for messages: the sheet's cell or the file. */
export interface RulesSource {
  values: Partial<RuleValues>;
  locate: (key: RuleKey) => Location;
}

/**
 * The bloc's rules: the defaults, then each source in order, a later one overriding an earlier one
 * setting by setting (the `Quy tắc` sheet, then `--rules`: rules.md). A tie-breaker's criterion is
 * checked here, where the bloc's criteria are known: it must name one of them.
 */
export function resolveRules(
  sources: readonly RulesSource[],
  criterionOf: CriterionIndex,
): { rules: Rules; diagnostics: Diagnostic[] } {
  const values = defaultValues();
  const from = new Map<RuleKey, RulesSource>();
  for (const source of sources) {
    for (const { key } of RULE_SETTING_LIST) {
      const value = source.values[key];
      if (value === undefined) continue;
      setValue(values, key, value);
      from.set(key, source);
    }
  }
  const diagnostics: Diagnostic[] = [];
  const tieBreakers: TieBreaker[] = [];
  for (const tieBreaker of values.tieBreakers) {
    if (tieBreaker.kind !== "criterion") {
      tieBreakers.push(tieBreaker);
      continue;
    }
    const criterion = criterionOf(tieBreaker.code);
    if (criterion) tieBreakers.push({ kind: "criterion", code: criterion.code });
    else {
      const location = from.get("tieBreakers")?.locate("tieBreakers") ?? { file: "" };
      diagnostics.push(diagnostic("unknownCriterion", "error", location, { found: tieBreaker.code }));
    }
  }
  return { rules: rulesFrom({ ...values, tieBreakers }), diagnostics };
}
