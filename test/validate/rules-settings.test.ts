import { beforeAll, describe, expect, it } from "vitest";
import type { RawSheet } from "../../src/read/raw-workbook.js";
import { indexCriteria } from "../../src/validate/criterion-index.js";
import { parseRulesFile } from "../../src/validate/rules/parse-rules-file.js";
import { parseRulesSheet } from "../../src/validate/rules/parse-rules-sheet.js";
import { checkSheetRules, resolveRules } from "../../src/validate/rules/resolve-rules.js";
import { loadRulesSchema } from "../../src/validate/rules/validate-rules-input.js";
import type { Criterion } from "../../src/model/bloc.js";

// The schema words the messages of wrong rules (loadBloc loads it on demand).
beforeAll(loadRulesSchema);

const criteria: Criterion[] = [
  { code: "1.1", content: "a", max: 1000, type: "standard", group: null, location: { file: "k.xlsx" } },
];
const criterionOf = indexCriteria(criteria);

function sheet(rows: [string, string | number][]): RawSheet {
  return {
    name: "Quy tắc",
    rows: rows.map(([k, v]) => [
      { kind: "text", value: k },
      typeof v === "number" ? { kind: "number", value: v } : { kind: "text", value: v },
    ]),
  };
}

function fromSheet(rows: [string, string | number][]) {
  const parsed = parseRulesSheet(sheet(rows), "k.xlsx");
  const locate = (key: string) => parsed.locations.get(key) ?? { file: "k.xlsx", sheet: "Quy tắc" };
  const checked = checkSheetRules(parsed.input, locate);
  const resolved = resolveRules([{ input: checked.input, locate }], criterionOf);
  return {
    rules: resolved.rules,
    diagnostics: [...parsed.diagnostics, ...checked.diagnostics, ...resolved.diagnostics],
  };
}

describe("the Quy tắc sheet", () => {
  it("reads every Vietnamese key", () => {
    const { rules, diagnostics } = fromSheet([
      ["Tiêu chí phụ", "điểm trừ, tỷ lệ nữ, tiêu chí:1.1, số phiếu"],
      ["Điểm thưởng tối đa", "5"],
      ["Xếp loại", "90: Xuất sắc; 80: Tốt"],
      ["Số Cờ thi đua", 2],
      ["Điểm tối thiểu Cờ thi đua (%)", "90"],
      ["Đề nghị Cờ thi đua của Chính phủ", "có"],
      ["Số Bằng khen", "tất cả"],
      ["Tỷ lệ phiếu tối thiểu", "60%"],
      ["Tên Bằng khen", "Bằng khen của Bộ trưởng"],
      ["Căn cứ", "Luật Thi đua, khen thưởng;"],
      ["", "Quy chế của Khối;"],
    ]);
    expect(diagnostics).toEqual([]);
    expect(rules.tieBreakers).toEqual([
      { kind: "deduction" },
      { kind: "women" },
      { kind: "criterion", code: "1.1" },
      { kind: "votes" },
    ]);
    expect(rules.bonusCap).toBe(500);
    expect(rules.classes).toEqual([
      { min: 90, label: "Xuất sắc" },
      { min: 80, label: "Tốt" },
    ]);
    expect(rules.flag).toEqual({ count: 2, minPercent: 90, name: null });
    expect(rules.governmentFlag.enabled).toBe(true);
    expect(rules.certificate.count).toBeNull();
    expect(rules.certificate.name).toBe("Bằng khen của Bộ trưởng");
    expect(rules.voteThreshold).toBeCloseTo(0.6);
    expect(rules.legalBases).toEqual(["Luật Thi đua, khen thưởng;", "Quy chế của Khối;"]);
  });

  it("reports an unknown key with the known ones, and a bad value at its cell", () => {
    const { diagnostics } = fromSheet([
      ["Số cờ", 2],
      ["Số Bằng khen", "năm"],
      ["Tiêu chí phụ", "tiêu chí:9.9"],
    ]);
    expect(diagnostics.map((d) => [d.code, d.location.cell])).toEqual([
      ["unknownRulesKey", "A1"],
      ["invalidRulesValue", "B2"],
      ["unknownCriterion", "B3"],
    ]);
  });
});

describe("a --rules file", () => {
  it("accepts nested and dotted keys", () => {
    const parsed = parseRulesFile(
      JSON.stringify({ "flag.count": 2, certificate: { count: "all" }, awards: { flag: { name: "Cờ" } } }),
      "r.json",
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.input).toEqual({
      flag: { count: 2 },
      certificate: { count: "all" },
      awards: { flag: { name: "Cờ" } },
    });
  });

  it("reports every unknown key and wrong type", () => {
    const parsed = parseRulesFile(
      JSON.stringify({ flag: { count: -1 }, colour: 1, governmentFlag: "yes" }),
      "r.json",
    );
    expect(parsed.diagnostics.map((d) => [d.code, d.args.key]).sort()).toEqual(
      [
        ["invalidRulesValue", "flag.count"],
        ["invalidRulesValue", "governmentFlag"],
        ["unknownRulesKey", "colour"],
      ].sort(),
    );
  });

  it("reports broken JSON", () => {
    expect(parseRulesFile("{ flag: 1", "r.json").diagnostics[0]?.code).toBe("rulesFileInvalid");
  });

  it("overrides the sheet, key by key", () => {
    const sheetRules = { flag: { count: 1, minPercent: 80 } };
    const fileRules = { flag: { count: 3 } };
    const { rules } = resolveRules(
      [
        { input: sheetRules, locate: () => ({ file: "k.xlsx" }) },
        { input: fileRules, locate: () => ({ file: "r.json" }) },
      ],
      criterionOf,
    );
    expect(rules.flag).toEqual({ count: 3, minPercent: 80, name: null });
  });
});
