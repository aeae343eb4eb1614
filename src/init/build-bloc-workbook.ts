import { cellFont } from "./cell-font.js";
import type { DataValidation, Workbook } from "exceljs";
import type { CriterionType } from "../model/bloc.js";
import { markExample } from "../validate/example-marker.js";
import { addRangeValidation } from "./add-range-validation.js";
import { addScoreSheet } from "./add-score-sheet.js";
import { finishSheet } from "./finish-sheet.js";
import { formBlocName, formYear } from "./form-facts.js";
import { infoRows } from "./info-rows.js";
import type { InitContent } from "./init-content.js";
import type { ExcelJs } from "./load-exceljs.js";
import { ruleRows } from "./rule-rows.js";
import { SHEET_NAMES } from "../model/workbook-labels.js";
import {
  AWARD_LIST,
  CRITERION_COLUMNS,
  CRITERION_TYPE_LIST,
  RATING_LIST,
  UNIT_COLUMNS,
} from "./workbook-labels.js";
import { thinBorder, writeHeaderRow } from "./write-header-row.js";

/** Rows of `Đơn vị` and `Tiêu chí` that carry the drop-downs and checks, beyond the prefilled ones. */
const VALIDATED_ROWS = 200;

const TYPE_LABEL: Record<CriterionType, string> = { standard: "chuẩn", bonus: "thưởng", deduction: "trừ" };

export interface BlocWorkbookOptions {
  /** Write one score sheet per unit (layout 1). Off when the units score in their own workbooks. */
  scoreSheets: boolean;
}

/** Builds the ready-to-fill bloc workbook `khoi-thi-dua.xlsx`: every sheet of workbook.md. */
export function buildBlocWorkbook(
  excel: ExcelJs,
  content: InitContent,
  options: BlocWorkbookOptions,
): Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "thidua";
  workbook.created = new Date(Date.UTC(2000, 0, 1)); // fixed: the same input gives the same file
  workbook.modified = workbook.created;

  addInfoSheet(workbook, content);
  addUnitsSheet(workbook, content);
  addCriteriaSheet(workbook, content);
  addPlanSheet(workbook, content);
  addRulesSheet(workbook, content);
  if (options.scoreSheets) {
    for (const unit of content.units) {
      addScoreSheet(workbook, {
        sheetName: unit.code,
        unit,
        criteria: content.criteria,
        title: `BẢNG CHẤM ĐIỂM THI ĐUA NĂM ${formYear(content)}`,
        blocName: formBlocName(content),
        source: "lookup",
      });
    }
  }
  return workbook;
}

function addInfoSheet(workbook: Workbook, content: InitContent): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.info);
  infoRows(content).forEach((row, i) => {
    const r = i + 1;
    const key = sheet.getCell(`A${r}`);
    key.value = row.key;
    key.font = cellFont({ bold: true });
    const value = sheet.getCell(`B${r}`);
    value.value = row.value;
    if (row.check === "date") value.numFmt = "dd/mm/yyyy";
    if (row.check === "text") value.numFmt = "@";
    if (row.list) value.dataValidation = listValidation(row.list);
    if (row.check === "year") {
      value.dataValidation = {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [2000, 2100],
        showErrorMessage: true,
        errorTitle: "Năm không hợp lệ",
        error: "Nhập năm tổng kết, ví dụ 2024.",
      };
    }
    if (row.check === "date") {
      value.dataValidation = {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        errorTitle: "Ngày không hợp lệ",
        error: "Nhập ngày dạng dd/mm/yyyy, ví dụ 16/01/2024.",
      };
    }
    const meaning = sheet.getCell(`C${r}`);
    meaning.value = `${row.required ? "Bắt buộc" : "Không bắt buộc"}. ${row.meaning}`;
    meaning.font = cellFont({ italic: true, color: { argb: "FF595959" } });
    for (const cell of [key, value, meaning]) {
      cell.border = thinBorder();
      cell.alignment = { vertical: "top", wrapText: cell === meaning };
    }
    value.alignment = { vertical: "top", horizontal: "left" };
  });
  // No header row: every row of `Thông tin` is read as a key (workbook.md), so column C explains.
  finishSheet(sheet, { headerRow: 0, minWidths: { 1: 20, 2: 30, 3: 50 }, maxWidth: 70 });
}

function addUnitsSheet(workbook: Workbook, content: InitContent): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.units);
  writeHeaderRow(sheet, 1, UNIT_COLUMNS);
  content.units.forEach((unit, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = unit.code;
    row.getCell(3).value = content.examples.includes("units") ? markExample(unit.name) : unit.name;
    if (unit.rotationOrder !== undefined && unit.rotationOrder !== null)
      row.getCell(4).value = unit.rotationOrder;
    if (unit.noRotation === true) row.getCell(5).value = "x";
    for (let c = 1; c <= UNIT_COLUMNS.length; c++) {
      row.getCell(c).border = thinBorder();
      row.getCell(c).alignment = { vertical: "top", horizontal: c === 1 ? "center" : undefined };
    }
  });
  const last = VALIDATED_ROWS + 1;
  sheet.getColumn(2).numFmt = "@";
  addRangeValidation(sheet, `D2:D${last}`, {
    type: "whole",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [1],
    showErrorMessage: true,
    errorTitle: "Thứ tự không hợp lệ",
    error: "Nhập một số nguyên từ 1 trở lên.",
  });
  addRangeValidation(sheet, `E2:E${last}`, listValidation(["x"]));
  addRangeValidation(sheet, `F2:F${last}`, listValidation(RATING_LIST));
  addRangeValidation(sheet, `H2:H${last}`, {
    type: "decimal",
    operator: "between",
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorTitle: "Tỷ lệ nữ không hợp lệ",
    error: "Nhập tỷ lệ nữ: 0,72 hoặc 72% hoặc 72.",
  });
  addRangeValidation(sheet, `I2:I${last}`, {
    type: "whole",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: "Số phiếu không hợp lệ",
    error: "Nhập số phiếu: một số nguyên không âm.",
  });
  // Several awards may be joined with `;`, so a value off the list only warns.
  addRangeValidation(sheet, `J2:J${last}`, { ...listValidation(AWARD_LIST), errorStyle: "warning" });
  finishSheet(sheet, { headerRow: 1, minWidths: minWidths(UNIT_COLUMNS), maxWidth: 50 });
}

function addCriteriaSheet(workbook: Workbook, content: InitContent): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.criteria);
  writeHeaderRow(sheet, 1, CRITERION_COLUMNS);
  content.criteria.forEach((criterion, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = criterion.code;
    row.getCell(2).value = criterion.content;
    row.getCell(3).value = criterion.max;
    row.getCell(4).value = TYPE_LABEL[criterion.type];
    row.getCell(5).value = criterion.group;
    for (let c = 1; c <= CRITERION_COLUMNS.length; c++) {
      row.getCell(c).border = thinBorder();
      row.getCell(c).alignment = { vertical: "top", wrapText: c === 2 || c === 5 };
    }
  });
  const last = VALIDATED_ROWS + 1;
  sheet.getColumn(1).numFmt = "@";
  addRangeValidation(sheet, `C2:C${last}`, {
    type: "decimal",
    operator: "greaterThan",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: "Điểm tối đa không hợp lệ",
    error: "Điểm tối đa phải là một số lớn hơn 0.",
  });
  addRangeValidation(sheet, `D2:D${last}`, listValidation(CRITERION_TYPE_LIST));
  finishSheet(sheet, { headerRow: 1, minWidths: minWidths(CRITERION_COLUMNS), maxWidths: { 2: 70, 5: 36 } });
}

function addPlanSheet(workbook: Workbook, content: InitContent): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.plan);
  content.plan.forEach((paragraph, i) => {
    const cell = sheet.getCell(`A${i + 1}`);
    cell.value = content.examples.includes("plan") ? markExample(paragraph) : paragraph;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  // No header row: every row of column A is a paragraph of the report (workbook.md).
  sheet.getCell("A1").note =
    "Phương hướng, nhiệm vụ năm sau: mỗi dòng của cột A là một đoạn của báo cáo. Có thể bắt đầu bằng - hoặc 1.; số thứ tự được giữ nguyên.";
  // 80 characters fit a portrait A4 page as is: LibreOffice does not scale a one-column sheet to fit.
  finishSheet(sheet, { headerRow: 0, minWidths: { 1: 80 }, maxWidth: 80 });
}

function addRulesSheet(workbook: Workbook, content: InitContent): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.rules);
  ruleRows(content.rules).forEach((rule, i) => {
    const r = i + 1;
    const key = sheet.getCell(`A${r}`);
    key.value = rule.key;
    key.font = cellFont({ bold: true });
    const value = sheet.getCell(`B${r}`);
    value.value = rule.value;
    if (rule.numFmt) value.numFmt = rule.numFmt;
    if (rule.list) value.dataValidation = listValidation(rule.list);
    const meaning = sheet.getCell(`C${r}`);
    meaning.value = rule.meaning;
    meaning.font = cellFont({ italic: true, color: { argb: "FF595959" } });
    for (const cell of [key, value, meaning]) {
      cell.border = thinBorder();
      cell.alignment = {
        vertical: "top",
        wrapText: cell === meaning,
        horizontal: cell === value ? "left" : undefined,
      };
    }
  });
  // No header row: every row is read as a key; column C says what each does and its default.
  finishSheet(sheet, { headerRow: 0, minWidths: { 1: 24, 2: 14, 3: 60 }, maxWidth: 80 });
}

/** A drop-down list of literal values (`"Khối,Cụm"`). */
export function listValidation(values: readonly string[]): DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị không có trong danh sách",
    error: `Chọn một trong: ${values.join(", ")}.`,
  };
}

function minWidths(columns: readonly { minWidth?: number }[]): Record<number, number> {
  const widths: Record<number, number> = {};
  columns.forEach((c, i) => {
    if (c.minWidth !== undefined) widths[i + 1] = c.minWidth;
  });
  return widths;
}
