import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { displayText, formulaProblem } from "../cell-values.js";
import { readKeyValues } from "../key-values.js";
import { normalizeHeader } from "../normalize-name.js";
import type { KeyedSetting, RuleKey, RuleValues } from "./rule-settings.js";
import { RULE_SETTING_LIST, setValue } from "./rule-settings.js";

/** Each setting by the normalised names of its key: its Vietnamese names and its JSON key. */
const BY_NAME = new Map<string, KeyedSetting>(
  RULE_SETTING_LIST.flatMap((s) =>
    [...s.sheetKeys, s.key].map((name) => [normalizeHeader(name), s] as const),
  ),
);

/** The sheet's keys, for the list of known keys in an unknown-key message. */
const KNOWN_KEYS = RULE_SETTING_LIST.map((s) => s.sheetKeys[0]).join(", ");

/**
 * Reads the `Quy tắc` sheet: the settings it gives, the value cell of each (for later messages), and
 * a diagnostic for each wrong row, at its cell. An empty value leaves its setting unset; a key given
 * twice takes the later value, except a list of lines (`Căn cứ`), which the rows under it with an
 * empty key, and the key written again, add to.
 */
export function parseRulesSheet(
  sheet: RawSheet,
  file: string,
): { values: Partial<RuleValues>; locations: Map<RuleKey, Location>; diagnostics: Diagnostic[] } {
  const values: Partial<RuleValues> = {};
  const locations = new Map<RuleKey, Location>();
  const diagnostics: Diagnostic[] = [];
  let previous: KeyedSetting | undefined;
  for (const row of readKeyValues(sheet, file)) {
    const setting = row.key === "" && previous?.kind.addRow ? previous : BY_NAME.get(row.normalizedKey);
    previous = setting;
    if (setting === undefined) {
      // A title row (a key with no value) is layout, not a setting.
      if (row.value.kind === "empty") continue;
      diagnostics.push(
        diagnostic(
          "unknownRulesKey",
          "error",
          { ...row.location, cell: `A${row.row}` },
          { key: row.key, known: KNOWN_KEYS },
        ),
      );
      continue;
    }
    const problem = formulaProblem(row.value, row.location);
    if (problem) {
      diagnostics.push(problem);
      continue;
    }
    const text = displayText(row.value);
    if (text === "") continue;
    const parsed = setting.kind.fromSheet(text, row.value);
    if (!parsed.ok) {
      diagnostics.push(
        diagnostic("invalidRulesValue", "error", row.location, {
          key: row.key === "" ? setting.sheetKeys[0] : row.key,
          expected: parsed.expected,
          found: parsed.found ?? text,
        }),
      );
      continue;
    }
    const earlier = values[setting.key];
    const { addRow } = setting.kind;
    setValue(
      values,
      setting.key,
      addRow && earlier !== undefined ? addRow(earlier, parsed.value) : parsed.value,
    );
    locations.set(setting.key, row.location);
  }
  return { values, locations, diagnostics };
}
