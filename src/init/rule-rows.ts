import type { RuleValues } from "../validate/rules/rule-settings.js";
import { RULE_SETTING_LIST, defaultValues } from "../validate/rules/rule-settings.js";

/** One row of `Quy tắc`: a setting's key, its value as the cell holds it, and what it does. */
export interface RuleRow {
  key: string;
  /** The value as the sheet holds it; null when it is "none" (the cell left empty). */
  value: string | number | null;
  meaning: string;
  /** A drop-down list for the value cell. */
  list?: readonly string[];
  /** The value cell's number format (e.g. "0%"). */
  numFmt?: string;
}

/**
 * The rows of `Quy tắc`, one per setting of the rules (validate/rules/rule-settings.ts): the
 * defaults, which let a secretary see every knob without changing any result, or `values` (last
 * year's, for `init --from`). A list of lines (`Căn cứ`) has its first line beside the key and
 * each later one on a row of its own with the key cell empty, as the sheet reads a list.
 */
export function ruleRows(values: RuleValues = defaultValues()): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const { key, sheetKeys, kind, meaning } of RULE_SETTING_LIST) {
    const value = values[key];
    rows.push({
      key: sheetKeys[0],
      value: value === null ? null : kind.toCell(value),
      meaning,
      ...(kind.list ? { list: kind.list } : {}),
      ...(kind.numFmt ? { numFmt: kind.numFmt } : {}),
    });
    if (Array.isArray(value) && kind.addRow)
      for (const line of value.slice(1)) rows.push({ key: "", value: String(line), meaning: "" });
  }
  return rows;
}
