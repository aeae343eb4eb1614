import { describe, expect, it } from "vitest";
import type { RawSheet } from "../../src/read/raw-workbook.js";
import { indexCriteria } from "../../src/validate/criterion-index.js";
import { parseRulesFile } from "../../src/validate/rules/parse-rules-file.js";
import { readBlocRules } from "../../src/validate/rules/read-bloc-rules.js";
import { resolveRules } from "../../src/validate/rules/resolve-rules.js";
import type { Criterion } from "../../src/model/bloc.js";

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
  return readBlocRules({ file: "k.xlsx", sheet: sheet(rows) }, criterionOf);
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

describe("the Quy tắc sheet's values", () => {
  it("names the key as typed and the cell's text when a value is wrong", () => {
    const { diagnostics } = fromSheet([
      ["Số Cờ thi đua", -1],
      ["Xếp loại", "90: Xuất sắc; 120: Tốt"],
      ["SO BANG KHEN", "1,5"],
    ]);
    expect(diagnostics.map((d) => [d.location.cell, d.args.key, d.args.found])).toEqual([
      ["B1", "Số Cờ thi đua", "-1"],
      ["B2", "Xếp loại", "120: Tốt"],
      ["B3", "SO BANG KHEN", "1,5"],
    ]);
  });

  it("takes a later row of the same key, and adds the lines of Căn cứ", () => {
    const { rules, diagnostics } = fromSheet([
      ["Số Cờ thi đua", 1],
      ["Căn cứ", "Luật;"],
      ["Số Cờ thi đua", 2],
      ["Căn cứ", "Nghị định;"],
      ["", "Quy chế;"],
    ]);
    expect(diagnostics).toEqual([]);
    expect(rules.flag.count).toBe(2);
    expect(rules.legalBases).toEqual(["Luật;", "Nghị định;", "Quy chế;"]);
  });

  it("reads yes and no, percents and the JSON keys", () => {
    const { rules, diagnostics } = fromSheet([
      ["Đề nghị Cờ thi đua của Chính phủ", "x"],
      ["Tỷ lệ phiếu tối thiểu", 50],
      ["certificate.count", 3],
      ["Điểm tối thiểu Bằng khen", "85,5"],
    ]);
    expect(diagnostics).toEqual([]);
    expect(rules.governmentFlag.enabled).toBe(true);
    expect(rules.voteThreshold).toBe(0.5);
    expect(rules.certificate).toEqual({ count: 3, minPercent: 85.5, name: null });
  });
});

describe("a --rules file", () => {
  it("accepts nested and dotted keys", () => {
    const parsed = parseRulesFile(
      JSON.stringify({
        "flag.count": 2,
        certificate: { count: "all" },
        awards: { flag: { name: " Cờ " } },
        "awards.certificate": { name: "Bằng khen" },
      }),
      "r.json",
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.values).toEqual({
      "flag.count": 2,
      "certificate.count": null,
      "awards.flag.name": "Cờ",
      "awards.certificate.name": "Bằng khen",
    });
  });

  it("reports every unknown key and wrong type", () => {
    const parsed = parseRulesFile(
      JSON.stringify({ flag: { count: -1 }, colour: 1, governmentFlag: "yes", awards: 2 }),
      "r.json",
    );
    expect(parsed.diagnostics.map((d) => [d.code, d.args.key]).sort()).toEqual(
      [
        ["invalidRulesValue", "flag.count"],
        ["invalidRulesValue", "governmentFlag"],
        ["invalidRulesValue", "awards"],
        ["unknownRulesKey", "colour"],
      ].sort(),
    );
  });

  it("refuses a key every object has, and names a wrong item of a list", () => {
    const parsed = parseRulesFile('{"__proto__": {"flag": 1}, "tieBreakers": ["bonus", 5]}', "r.json");
    expect(parsed.diagnostics.map((d) => [d.code, d.args.key, d.args.found])).toEqual([
      ["unknownRulesKey", "__proto__", undefined],
      ["invalidRulesValue", "tieBreakers", "5"],
    ]);
  });

  it("reports broken JSON", () => {
    expect(parseRulesFile("{ flag: 1", "r.json").diagnostics[0]?.code).toBe("rulesFileInvalid");
  });

  it("reports JSON nested thousands deep, broken or whole, as an error in the file (fuzzing found a crash)", () => {
    const deep = 100_000;
    const unclosed = parseRulesFile(`{"flag": ${"[".repeat(deep)}`, "r.json").diagnostics;
    expect(unclosed.map((d) => [d.code, d.args.line, d.args.column])).toEqual([["rulesFileInvalid", 1, 73]]);
    expect(String(unclosed[0]?.args.reason)).toContain("lồng nhau quá sâu");
    // Broken only at its end: the nesting is what is reported, where it passes the limit.
    expect(parseRulesFile(`${'{"a": '.repeat(deep)}1,`, "r.json").diagnostics[0]?.code).toBe(
      "rulesFileInvalid",
    );
    // Whole JSON, which JSON.parse takes: refused as a whole, past 64 levels and not at 64.
    const nest = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
    for (const nested of [nest(deep), `${'{"a": '.repeat(deep)}1${"}".repeat(deep)}`, nest(64)]) {
      const diagnostics = parseRulesFile(`{"flag": 1, "classes": ${nested}}`, "r.json").diagnostics;
      expect(diagnostics.map((d) => [d.code, d.args.reason])).toEqual([
        ["rulesFileInvalid", "JSON lồng nhau quá sâu (quá 64 tầng { } hoặc [ ])"],
      ]);
    }
    expect(parseRulesFile(`{"classes": ${nest(63)}}`, "r.json").diagnostics.map((d) => d.code)).toEqual([
      "invalidRulesValue",
    ]);
  });

  it("overrides the sheet, key by key; null sets a setting to none", () => {
    const { rules, diagnostics } = readBlocRules(
      {
        file: "k.xlsx",
        sheet: sheet([
          ["Số Cờ thi đua", 1],
          ["Điểm tối thiểu Cờ thi đua (%)", 80],
          ["Điểm thưởng tối đa", 5],
        ]),
        rulesFile: { file: "r.json", text: JSON.stringify({ flag: { count: 3 }, bonusCap: null }) },
      },
      criterionOf,
    );
    expect(diagnostics).toEqual([]);
    expect(rules.flag).toEqual({ count: 3, minPercent: 80, name: null });
    expect(rules.bonusCap).toBeNull();
  });

  it("checks a tie-breaker's criterion in the source that set it", () => {
    const { diagnostics } = resolveRules(
      [
        { values: { tieBreakers: [{ kind: "criterion", code: "1.1" }] }, locate: () => ({ file: "k.xlsx" }) },
        { values: { tieBreakers: [{ kind: "criterion", code: "9" }] }, locate: () => ({ file: "r.json" }) },
      ],
      criterionOf,
    );
    expect(diagnostics.map((d) => [d.code, d.location.file, d.args.found])).toEqual([
      ["unknownCriterion", "r.json", "9"],
    ]);
  });
});
