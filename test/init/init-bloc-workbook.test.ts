import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import {
  CRITERION_COLUMNS,
  FORMAT_LIST,
  KIND_LIST,
  RATING_LIST,
  ROTATION_LIST,
  UNIT_COLUMNS,
} from "../../src/init/workbook-labels.js";
import { formulaOf, readXlsx, rowTexts, sheetOf, sheetXml, tempDir } from "./init-helpers.js";

const criteria = EXAMPLE_CONTENT.criteria;
const units = EXAMPLE_CONTENT.units;
/** Score sheets: title, subtitle, header on row 3, criteria from row 4, then `Tổng cộng`. */
const FIRST = 4;
const TOTAL = FIRST + criteria.length;

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const result = await init({ dir, perUnit: false, force: false });
  file = join(dir, "khoi-thi-dua.xlsx");
  expect(result.files).toEqual([file]);
  workbook = await readXlsx(file);
});
afterAll(() => cleanup());

const listOf = (values: readonly string[]): string => `"${values.join(",")}"`;

describe("the bloc workbook of `thidua init`", () => {
  it("has every sheet of workbook.md and one score sheet per example unit", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Thông tin",
      "Đơn vị",
      "Tiêu chí",
      "Phương hướng",
      "Quy tắc",
      ...units.map((u) => u.code),
    ]);
  });

  it("lists every Thông tin key in column A with a marked example in B and a note in C", () => {
    const info = sheetOf(workbook, "Thông tin");
    const keys = Array.from({ length: info.rowCount }, (_, i) => info.getCell(`A${i + 1}`).text);
    expect(keys).toEqual([
      "Tên khối",
      "Loại",
      "Năm",
      "Cấp trên",
      "Cấp khen",
      "Địa danh",
      "Ngày họp",
      "Giờ họp",
      "Giờ kết thúc",
      "Địa điểm",
      "Cụm trưởng",
      "Cụm phó",
      "Luân phiên",
      "Cụm trưởng năm sau",
      "Cụm phó năm sau",
      "Người ký",
      "Chức vụ người ký",
      "Thư ký hội nghị",
      "Đơn vị vắng mặt",
      "Thể thức",
    ]);
    // Every value of the example is marked: the secretary sees what to replace, validate refuses it.
    expect(info.getCell("B1").value).toBe("(ví dụ) Cụm thi đua số 02");
    expect(info.getCell("B3").value).toBe("(ví dụ) 2023");
    expect(info.getCell("B7").value).toBe("(ví dụ) 16/01/2024");
    expect(info.getCell("B11").value).toBe("(ví dụ) BQL");
    expect(info.getCell("B16").value).toBe("(ví dụ) Lê Quang Long");
    expect(info.getCell("B2").value).toBe("Cụm");
    expect(info.getCell("B13").value).toBe("vòng tròn");
    expect(info.getCell("B8").value).toBeNull();
    expect(info.getCell("B8").numFmt).toBe("@");
    expect(info.getCell("B7").numFmt).toBe("dd/mm/yyyy");
    expect(info.getCell("C1").text).toMatch(/^Bắt buộc\./);
    expect(info.getCell("C2").text).toMatch(/^Không bắt buộc\./);
    expect(info.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: [listOf(KIND_LIST)] });
    expect(info.getCell("B13").dataValidation).toMatchObject({
      type: "list",
      formulae: [listOf(ROTATION_LIST)],
    });
    expect(info.getCell("B20").dataValidation).toMatchObject({
      type: "list",
      formulae: [listOf(FORMAT_LIST)],
    });
    expect(info.getCell("B3").dataValidation).toMatchObject({ type: "whole", formulae: [2000, 2100] });
  });

  it("has the Đơn vị headers with notes, the example units and the drop-downs", () => {
    const sheet = sheetOf(workbook, "Đơn vị");
    expect(rowTexts(sheet, 1)).toEqual(UNIT_COLUMNS.map((c) => c.header));
    sheet
      .getRow(1)
      .eachCell((cell) =>
        expect(typeof cell.note === "string" ? cell.note : cell.note?.texts?.[0]?.text).toBeTruthy(),
      );
    expect(rowTexts(sheet, 2).slice(0, 3)).toEqual([
      "1",
      "BQL",
      "(ví dụ) Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
    ]);
    expect(sheet.getCell("B6").value).toBe("DUK-DH");
    for (const address of ["F2", "F6", "F201"]) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: [listOf(RATING_LIST)],
      });
    }
    expect(sheet.getCell("E3").dataValidation).toMatchObject({ type: "list", formulae: ['"x"'] });
    expect(sheet.getCell("D2").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
    });
    expect(sheet.getCell("J2").dataValidation).toMatchObject({ type: "list", errorStyle: "warning" });
  });

  it("has the Tiêu chí headers and example criteria in groups, with a bonus and a deduction row", () => {
    const sheet = sheetOf(workbook, "Tiêu chí");
    expect(rowTexts(sheet, 1)).toEqual(CRITERION_COLUMNS.map((c) => c.header));
    const rows = criteria.map((_, i) => rowTexts(sheet, i + 2));
    expect(rows.map((r) => r[0])).toEqual(criteria.map((c) => c.code));
    expect(rows.map((r) => r[3])).toContain("thưởng");
    expect(rows.map((r) => r[3])).toContain("trừ");
    expect(new Set(rows.map((r) => r[4])).size).toBeGreaterThanOrEqual(3);
    const standardMax = criteria.filter((c) => c.type === "standard").reduce((s, c) => s + c.max, 0);
    expect(standardMax).toBe(100);
    expect(sheet.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"chuẩn,thưởng,trừ"'],
    });
    expect(sheet.getCell("C2").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
    });
  });

  it("has a Phương hướng paragraph and the Quy tắc keys with their defaults", () => {
    expect(sheetOf(workbook, "Phương hướng").getCell("A1").text).toMatch(/^\(ví dụ\) 1\. Tiếp tục/);
    const rules = sheetOf(workbook, "Quy tắc");
    const rows = Array.from({ length: rules.rowCount }, (_, i) => rowTexts(rules, i + 1));
    expect(rows.map((r) => r[0])).toContain("Số Cờ thi đua");
    expect(rows.find((r) => r[0] === "Số Cờ thi đua")?.[1]).toBe("1");
    expect(rows.find((r) => r[0] === "Đề nghị Cờ thi đua của Chính phủ")?.[1]).toBe("không");
    expect(rows.every((r) => (r[2] ?? "").length > 10)).toBe(true);
  });

  it("prefills each score sheet with the criteria codes and leaves the score cells empty", () => {
    for (const unit of units) {
      const sheet = sheetOf(workbook, unit.code);
      expect(rowTexts(sheet, 3)).toEqual([
        "Mã tiêu chí",
        "Nội dung tiêu chí",
        "Điểm tối đa",
        "Tự chấm",
        "Khối chấm",
        "Ghi chú",
      ]);
      expect(sheet.getCell("A2").text).toContain(unit.name);
      criteria.forEach((c, i) => {
        expect(sheet.getCell(`A${FIRST + i}`).value).toBe(c.code);
        expect(sheet.getCell(`D${FIRST + i}`).value).toBeNull();
        expect(sheet.getCell(`E${FIRST + i}`).value).toBeNull();
      });
      expect(sheet.getCell(`A${TOTAL}`).value).toBe("Tổng cộng");
      expect(sheet.getRow(TOTAL + 1).cellCount).toBe(0);
    }
  });

  it("puts a note on every header cell of the score sheets", () => {
    const sheet = sheetOf(workbook, "BQL");
    for (const col of ["A", "B", "C", "D", "E", "F"]) {
      const note = sheet.getCell(`${col}3`).note;
      const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
      expect(text, col).toMatch(/.{20,}/);
    }
  });

  it("checks score cells: a decimal from 0 to the criterion's maximum cell", async () => {
    const sheet = sheetOf(workbook, "LHP");
    criteria.forEach((_, i) => {
      for (const col of ["D", "E"]) {
        const dv = sheet.getCell(`${col}${FIRST + i}`).dataValidation;
        expect(dv).toMatchObject({
          type: "decimal",
          operator: "between",
          allowBlank: true,
          showErrorMessage: true,
        });
        expect(dv.formulae[0]).toBe(0);
      }
    });
    // exceljs reads a bound given by a cell as NaN: check the file itself.
    const xml = await sheetXml(await readFile(file), "LHP");
    for (let i = 0; i < criteria.length; i++) {
      const r = FIRST + i;
      // exceljs joins the two cells of a row into one range (same bound).
      expect(xml).toMatch(
        new RegExp(`sqref="D${r}:E${r}"><formula1>0</formula1><formula2>\\$C\\$${r}</formula2>`),
      );
    }
  });

  it("looks the content and maximum up in Tiêu chí, with correct cached results", () => {
    const sheet = sheetOf(workbook, "DUK-CQ");
    criteria.forEach((c, i) => {
      const max = formulaOf(sheet.getCell(`C${FIRST + i}`));
      expect(max.formula).toBe(
        `IFERROR(INDEX('Tiêu chí'!$C:$C,MATCH($A${FIRST + i},'Tiêu chí'!$A:$A,0)),"")`,
      );
      expect(max.result).toBe(c.max);
      expect(String(formulaOf(sheet.getCell(`B${FIRST + i}`)).result)).toContain(c.content);
    });
  });

  it("shows the running total with deductions subtracted, cached 0 while the cells are empty", () => {
    const deduction = criteria.findIndex((c) => c.type === "deduction");
    expect(deduction).toBe(criteria.length - 1);
    for (const unit of units) {
      const sheet = sheetOf(workbook, unit.code);
      expect(formulaOf(sheet.getCell(`D${TOTAL}`))).toEqual({
        formula: `SUM(D${FIRST}:D${TOTAL - 2})-SUM(D${TOTAL - 1})`,
        result: 0,
      });
      expect(formulaOf(sheet.getCell(`E${TOTAL}`))).toEqual({
        formula: `SUM(E${FIRST}:E${TOTAL - 2})-SUM(E${TOTAL - 1})`,
        result: 0,
      });
    }
  });

  it("freezes the header rows of the tables", () => {
    expect(sheetOf(workbook, "Đơn vị").views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheetOf(workbook, "Tiêu chí").views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheetOf(workbook, "BQL").views[0]).toMatchObject({
      state: "frozen",
      ySplit: 3,
      topLeftCell: "A4",
    });
  });

  it("sets column widths that fit and print settings: A4, one page wide, landscape when wide", () => {
    const score = sheetOf(workbook, "BQL");
    expect(score.getColumn(2).width).toBeGreaterThanOrEqual(40);
    for (let col = 1; col <= 6; col++) expect(score.getColumn(col).width, `column ${col}`).toBeGreaterThan(6);
    const units = sheetOf(workbook, "Đơn vị");
    expect(units.getColumn(3).width).toBeGreaterThanOrEqual(
      "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội".length,
    );
    for (const name of ["Đơn vị", "Tiêu chí", "BQL", "Thông tin"]) {
      expect(sheetOf(workbook, name).pageSetup, name).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    expect(sheetOf(workbook, "Phương hướng").pageSetup.orientation).toBe("portrait");
  });

  it("gives wrapped rows a height that fits their text", () => {
    const sheet = sheetOf(workbook, "Thông tin");
    expect(sheet.getCell("C2").alignment?.wrapText).toBe(true);
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(30);
  });
});
