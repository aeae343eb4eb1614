import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { nestedTooDeep, TOO_DEEP } from "../../read/json-nesting.js";
import { locateJsonError } from "./locate-json-error.js";
import type { KeyedSetting, RuleValues } from "./rule-settings.js";
import { RULE_SETTING_LIST, setValue } from "./rule-settings.js";
import { shownJson } from "./rule-value-kinds.js";

const SETTINGS = new Map<string, KeyedSetting>(RULE_SETTING_LIST.map((s) => [s.key, s]));

/** The JSON keys, for the list of known keys in an unknown-key message. */
const KNOWN_KEYS = RULE_SETTING_LIST.map((s) => s.key).join(", ");

/** The keys that group settings (`flag`, `awards`, `awards.flag`): a rules file may nest them. */
const GROUPS = new Set<string>();
for (const { key } of RULE_SETTING_LIST) {
  const parts = key.split(".");
  for (let i = 1; i < parts.length; i++) GROUPS.add(parts.slice(0, i).join("."));
}

/** A plain object, as JSON.parse makes them. */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Parses and validates the text of a `--rules` JSON file: the settings it gives, and a diagnostic
 * for each problem (every one of them, not the first). Keys may be dotted (`"flag.count": 2`), as
 * scripts often write them, or nested (`"flag": {"count": 2}`).
 */
export function parseRulesFile(
  text: string,
  file: string,
): { values: Partial<RuleValues>; diagnostics: Diagnostic[] } {
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // V8's message is English and often has no position: say where and why in Vietnamese.
    const { line, column, reason } = locateJsonError(body);
    return {
      values: {},
      diagnostics: [diagnostic("rulesFileInvalid", "error", { file }, { line, column, reason })],
    };
  }
  if (nestedTooDeep(json))
    return {
      values: {},
      diagnostics: [diagnostic("rulesFileInvalid", "error", { file }, { reason: TOO_DEEP })],
    };
  return readRulesJson(json, file);
}

/**
 * Validates a rules file's JSON (or the rules `ket-qua.json` keeps): the settings it gives, and a
 * diagnostic for each problem, every one of them.
 */
export function readRulesJson(
  json: unknown,
  file: string,
): { values: Partial<RuleValues>; diagnostics: Diagnostic[] } {
  if (!isObject(json)) {
    return {
      values: {},
      diagnostics: [
        diagnostic("rulesFileInvalid", "error", { file }, { reason: "cần một đối tượng JSON { … }" }),
      ],
    };
  }
  const values: Partial<RuleValues> = {};
  const diagnostics: Diagnostic[] = [];
  const invalid = (key: string, expected: string, found: string) =>
    diagnostics.push(diagnostic("invalidRulesValue", "error", { file }, { key, expected, found }));
  const read = (object: Record<string, unknown>, prefix: string): void => {
    for (const [name, value] of Object.entries(object)) {
      const key = prefix + name;
      const setting = SETTINGS.get(key);
      if (setting) {
        const parsed = setting.kind.fromJson(value);
        if (parsed.ok) setValue(values, setting.key, parsed.value);
        else invalid(key, parsed.expected, parsed.found ?? shownJson(value));
      } else if (GROUPS.has(key)) {
        if (isObject(value)) read(value, `${key}.`);
        else invalid(key, "một đối tượng { … }", shownJson(value));
      } else {
        diagnostics.push(diagnostic("unknownRulesKey", "error", { file }, { key, known: KNOWN_KEYS }));
      }
    }
  };
  read(json, "");
  return { values, diagnostics };
}
