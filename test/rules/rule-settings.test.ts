import { describe, expect, it } from "vitest";
import type { Criterion } from "../../src/model/bloc.js";
import type { Rules } from "../../src/model/rules.js";
import type { CellValue, RawSheet } from "../../src/read/raw-workbook.js";
import { ruleRows } from "../../src/init/rule-rows.js";
import { indexCriteria } from "../../src/validate/criterion-index.js";
import { parseRulesFile, readRulesJson } from "../../src/validate/rules/parse-rules-file.js";
import { parseRulesSheet } from "../../src/validate/rules/parse-rules-sheet.js";
import { resolveRules } from "../../src/validate/rules/resolve-rules.js";
import {
  DEFAULT_RULES,
  RULE_SETTING_LIST,
  defaultValues,
  rulesToJson,
  valuesFrom,
} from "../../src/validate/rules/rule-settings.js";
import type { ValueKind } from "../../src/validate/rules/rule-value-kinds.js";

const RULE_ROWS = ruleRows();
import * as kinds from "../../src/validate/rules/rule-value-kinds.js";

/*
 * The settings table (rule-settings.ts) is the one definition of the rules; the rules file's
 * validator, the sheet's reader, the known keys of an unknown-key message, init's rows and the
 * defaults are derived from it. Each is checked here against the table, row by row, so a setting
 * added to the table is checked without touching this file (unless it brings a new kind of value).
 */

/** A right value of each kind in a rules file, other than any default. */
const EXAMPLES = new Map<ValueKind<unknown>, unknown>([
  [kinds.count, 2],
  [kinds.percent, 80],
  [kinds.points, 2.5],
  [kinds.countOrAll, 3],
  [kinds.ratio, 0.6],
  [kinds.yesNo, true],
  [kinds.text, "Tên riêng"],
  [kinds.lines, ["Căn cứ Quy chế của Khối;"]],
  [kinds.tieBreakers, ["điểm trừ", "tiêu chí:1.1"]],
  [kinds.classes, [{ min: 90, label: "Xuất sắc" }]],
]);

const criteria: Criterion[] = [
  { code: "1.1", content: "a", max: 1000, type: "standard", group: null, location: { file: "k.xlsx" } },
];
const criterionOf = indexCriteria(criteria);

const cell = (value: string | number | null): CellValue =>
  value === null
    ? { kind: "empty" }
    : typeof value === "number"
      ? { kind: "number", value }
      : { kind: "text", value };
const sheet = (rows: [string, string | number | null][]): RawSheet => ({
  name: "Quy tắc",
  rows: rows.map(([key, value]) => [cell(key), cell(value)]),
});
const fromFile = (json: unknown) => parseRulesFile(JSON.stringify(json), "r.json");

/** The example of a setting's kind, and how the kind reads it. */
function example(setting: (typeof RULE_SETTING_LIST)[number]) {
  const json = EXAMPLES.get(setting.kind as ValueKind<unknown>);
  const read = setting.kind.fromJson(json);
  if (!read.ok) throw new Error(`the example of ${setting.key} is wrong: ${read.expected}`);
  return { json, value: read.value };
}

describe.each(RULE_SETTING_LIST.map((s) => [s.key, s] as const))("the setting %s", (key, setting) => {
  it("has an example of its kind, other than its default", () => {
    expect(EXAMPLES.has(setting.kind as ValueKind<unknown>)).toBe(true);
    expect(example(setting).value).not.toEqual(setting.default);
  });

  it("is read from a rules file, dotted or nested", () => {
    const { json, value } = example(setting);
    const nested = key.split(".").reduceRight<unknown>((inner, part) => ({ [part]: inner }), json);
    for (const form of [{ [key]: json }, nested]) {
      const parsed = fromFile(form);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.values).toEqual({ [key]: value });
    }
  });

  it("is read from the sheet by each of its names, as init writes its value", () => {
    const { value } = example(setting);
    for (const name of [...setting.sheetKeys, key]) {
      const parsed = parseRulesSheet(sheet([[name, setting.kind.toCell(value)]]), "k.xlsx");
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.values).toEqual({ [key]: value });
    }
  });

  it("reaches the model's rules", () => {
    const { value } = example(setting);
    const { rules, diagnostics } = resolveRules(
      [{ values: { [key]: value }, locate: () => ({ file: "r.json" }) }],
      criterionOf,
    );
    expect(diagnostics).toEqual([]);
    expect(rules).not.toEqual(DEFAULT_RULES);
  });

  it("is a row of init's sheet, with its default and meaning", () => {
    const row = RULE_ROWS.find((r) => r.key === setting.sheetKeys[0]);
    expect(row?.meaning).toBe(setting.meaning);
    expect(row?.value).toEqual(setting.default === null ? null : setting.kind.toCell(setting.default));
  });
});

describe("the views of the whole table", () => {
  it("list the table's keys as the known ones, in a rules file and in the sheet", () => {
    const file = fromFile({ colour: 1 }).diagnostics[0];
    expect(file?.args.known).toBe(RULE_SETTING_LIST.map((s) => s.key).join(", "));
    const inSheet = parseRulesSheet(sheet([["Màu", 1]]), "k.xlsx").diagnostics[0];
    expect(inSheet?.args.known).toBe(RULE_SETTING_LIST.map((s) => s.sheetKeys[0]).join(", "));
  });

  it("give init one row per setting, in the table's order", () => {
    expect(RULE_ROWS.map((r) => r.key)).toEqual(RULE_SETTING_LIST.map((s) => s.sheetKeys[0]));
  });

  it("read init's sheet back as the defaults, which are the rules of no rules at all", () => {
    const parsed = parseRulesSheet(
      sheet(RULE_ROWS.map((r): [string, string | number | null] => [r.key, r.value])),
      "k.xlsx",
    );
    expect(parsed.diagnostics).toEqual([]);
    const values = defaultValues();
    for (const [key, value] of Object.entries(parsed.values)) {
      expect([key, value]).toEqual([key, values[key as keyof typeof values]]);
    }
    const fromInit = resolveRules(
      [{ values: parsed.values, locate: () => ({ file: "k.xlsx" }) }],
      criterionOf,
    );
    expect(fromInit.rules).toEqual(DEFAULT_RULES);
    expect(resolveRules([], criterionOf).rules).toEqual(DEFAULT_RULES);
  });
});

/** Every setting away from its default: what `ket-qua.json` and `init --from` must carry unchanged. */
const EVERY_SETTING: Rules = {
  tieBreakers: [
    { kind: "deduction" },
    { kind: "criterion", code: "1.1" },
    { kind: "women" },
    { kind: "votes" },
    { kind: "bonus" },
  ],
  bonusCap: 550,
  classes: [
    { min: 92.5, label: "Xuất sắc" },
    { min: 0, label: "Khá" },
  ],
  flag: { count: 2, minPercent: 90, name: "Cờ thi đua của Bộ" },
  governmentFlag: { enabled: true, name: null },
  certificate: { count: 5, minPercent: 80.5, name: "Bằng khen của Bộ trưởng" },
  voteThreshold: 2 / 3,
  legalBases: ["Luật Thi đua, khen thưởng", "Quy chế của Khối"],
};

describe.each([
  ["the defaults", DEFAULT_RULES],
  ["every setting", EVERY_SETTING],
])("%s, carried to next year", (_, rules) => {
  it("read back from the rules kept in ket-qua.json as the same rules", () => {
    const json = JSON.parse(JSON.stringify(rulesToJson(rules))) as unknown;
    const read = readRulesJson(json, "ket-qua.json");
    expect(read.diagnostics).toEqual([]);
    const resolved = resolveRules([{ values: read.values, locate: () => ({ file: "" }) }], criterionOf);
    expect(resolved.diagnostics).toEqual([]);
    expect(resolved.rules).toEqual(rules);
  });

  it("read back from the Quy tắc rows init --from writes as the same rules", () => {
    const rows = ruleRows(valuesFrom(rules)).map((r): [string, string | number | null] => [r.key, r.value]);
    const parsed = parseRulesSheet(sheet(rows), "k.xlsx");
    expect(parsed.diagnostics).toEqual([]);
    const resolved = resolveRules([{ values: parsed.values, locate: () => ({ file: "" }) }], criterionOf);
    expect(resolved.rules).toEqual(rules);
  });
});
