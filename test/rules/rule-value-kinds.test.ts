import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/read/raw-workbook.js";
import type { ValueKind } from "../../src/validate/rules/rule-value-kinds.js";
import * as kinds from "../../src/validate/rules/rule-value-kinds.js";

/** What a kind makes of a value: the value, or `wrong` with the item quoted when one is named. */
function outcome(read: ReturnType<ValueKind<unknown>["fromJson"]>): unknown {
  return read.ok ? read.value : read.found === undefined ? "wrong" : `wrong: ${read.found}`;
}

const text = (value: string): CellValue => ({ kind: "text", value });

describe("a value in a rules file", () => {
  it.each<[string, ValueKind<unknown>, unknown, unknown]>([
    ["count", kinds.count, 2, 2],
    ["count", kinds.count, 0, 0],
    ["count", kinds.count, -1, "wrong"],
    ["count", kinds.count, 1.5, "wrong"],
    ["count", kinds.count, 2 ** 53, "wrong"],
    ["count", kinds.count, "2", "wrong"],
    ["percent", kinds.percent, 100, 100],
    ["percent", kinds.percent, null, null],
    ["percent", kinds.percent, 100.5, "wrong"],
    ["points", kinds.points, 2.25, 225],
    ["points", kinds.points, null, null],
    ["points", kinds.points, 1.005, "wrong"],
    ["points", kinds.points, -1, "wrong"],
    ["points", kinds.points, Infinity, "wrong"],
    ["countOrAll", kinds.countOrAll, "all", null],
    ["countOrAll", kinds.countOrAll, 4, 4],
    ["countOrAll", kinds.countOrAll, null, "wrong"],
    ["ratio", kinds.ratio, 0.6, 0.6],
    ["ratio", kinds.ratio, 60, 0.6],
    ["ratio", kinds.ratio, 101, "wrong"],
    ["yesNo", kinds.yesNo, false, false],
    ["yesNo", kinds.yesNo, "yes", "wrong"],
    ["text", kinds.text, "  Bằng khen  ", "Bằng khen"],
    ["text", kinds.text, " ", "wrong"],
    ["text", kinds.text, null, "wrong"],
    ["lines", kinds.lines, [" a ", "b"], ["a", "b"]],
    ["lines", kinds.lines, ["a", ""], "wrong: "],
    ["lines", kinds.lines, "a", "wrong"],
    [
      "tieBreakers",
      kinds.tieBreakers,
      ["deduction", " Điểm cộng ", "Tiêu chí : 1.1"],
      [{ kind: "deduction" }, { kind: "bonus" }, { kind: "criterion", code: "1.1" }],
    ],
    ["tieBreakers", kinds.tieBreakers, ["tỷ lệ nữ", "votes", "constructor"], "wrong: constructor"],
    ["tieBreakers", kinds.tieBreakers, ["bonus", 5], "wrong: 5"],
    ["classes", kinds.classes, [{ min: 90, label: " Tốt " }], [{ min: 90, label: "Tốt" }]],
    [
      "classes",
      kinds.classes,
      [{ min: 90, label: "Tốt", note: "" }],
      'wrong: {"min":90,"label":"Tốt","note":""}',
    ],
    ["classes", kinds.classes, [{ min: 101, label: "Tốt" }], 'wrong: {"min":101,"label":"Tốt"}'],
    ["classes", kinds.classes, [{ label: "Tốt" }], 'wrong: {"label":"Tốt"}'],
  ])("%s reads %j as %j", (_name, kind, value, expected) => {
    expect(outcome(kind.fromJson(value))).toEqual(expected);
  });
});

describe("a value in the Quy tắc sheet", () => {
  it.each<[string, ValueKind<unknown>, string, unknown]>([
    ["count", kinds.count, "2", 2],
    ["count", kinds.count, "2,5", "wrong"],
    ["count", kinds.count, "hai", "wrong"],
    ["percent", kinds.percent, "85,5", 85.5],
    ["percent", kinds.percent, "90%", 90],
    ["points", kinds.points, "2,25", 225],
    ["points", kinds.points, "1,005", "wrong"],
    ["countOrAll", kinds.countOrAll, "Tất cả", null],
    ["countOrAll", kinds.countOrAll, "5", 5],
    ["ratio", kinds.ratio, "0,6", 0.6],
    ["ratio", kinds.ratio, "60%", 0.6],
    ["ratio", kinds.ratio, "60", 0.6],
    // As before the settings table: a percent above 100% counts as a percent of a percent.
    ["ratio", kinds.ratio, "150%", 0.015],
    ["ratio", kinds.ratio, "nửa", "wrong"],
    ["yesNo", kinds.yesNo, "Có", true],
    ["yesNo", kinds.yesNo, "x", true],
    ["yesNo", kinds.yesNo, "KHÔNG", false],
    ["yesNo", kinds.yesNo, "chưa", "wrong"],
    ["lines", kinds.lines, " Luật; ", ["Luật;"]],
    [
      "tieBreakers",
      kinds.tieBreakers,
      "điểm trừ; tỷ lệ nữ\nsố phiếu",
      [{ kind: "deduction" }, { kind: "women" }, { kind: "votes" }],
    ],
    ["tieBreakers", kinds.tieBreakers, "điểm trừ, điểm", "wrong: điểm"],
    [
      "classes",
      kinds.classes,
      "90%: Xuất sắc; 80 = Tốt",
      [
        { min: 90, label: "Xuất sắc" },
        { min: 80, label: "Tốt" },
      ],
    ],
    ["classes", kinds.classes, "90: Xuất sắc; Tốt", "wrong: Tốt"],
  ])("%s reads %j as %j", (_name, kind, value, expected) => {
    expect(outcome(kind.fromSheet(value, text(value)))).toEqual(expected);
  });

  it("reads a TRUE/FALSE cell as yes or no", () => {
    expect(outcome(kinds.yesNo.fromSheet("FALSE", { kind: "boolean", value: false }))).toBe(false);
    expect(outcome(kinds.yesNo.fromSheet("TRUE", { kind: "boolean", value: true }))).toBe(true);
  });
});
