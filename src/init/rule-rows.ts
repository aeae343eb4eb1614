import { RULE_SETTING_LIST } from "../validate/rules/rule-settings.js";

/** One row of `Quy tắc`: a setting's key, its default as the cell holds it, and what it does. */
export interface RuleRow {
  key: string;
  /** The default as the sheet holds it; null when the default is "none" (the cell left empty). */
  value: string | number | null;
  meaning: string;
  /** A drop-down list for the value cell. */
  list?: readonly string[];
  /** Number format for the value cell. */
  numFmt?: string;
}

/**
 * Every setting of the rules (validate/rules/rule-settings.ts) with its default. Writing the defaults
 * out lets a secretary see every knob without changing any result: the sheet, read back, gives them.
 */
export const RULE_ROWS: readonly RuleRow[] = RULE_SETTING_LIST.map(
  ({ sheetKeys, kind, meaning, ...setting }) => ({
    key: sheetKeys[0],
    value: setting.default === null ? null : kind.toCell(setting.default),
    meaning,
    ...(kind.list ? { list: kind.list } : {}),
    ...(kind.numFmt ? { numFmt: kind.numFmt } : {}),
  }),
);
