import { cellFont } from "./cell-font.js";
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import type { CriterionType } from "../model/bloc.js";
import { estimateLines } from "./estimate-lines.js";
import { finishSheet } from "./finish-sheet.js";
import type { InitCriterion, InitUnit } from "./init-content.js";
import { scoreTotalFormula } from "./score-total-formula.js";
import { SHEET_NAMES, TOTAL_LABEL } from "../model/workbook-labels.js";
import { SCORE_COLUMNS } from "./workbook-labels.js";
import { thinBorder, writeHeaderRow } from "./write-header-row.js";

export interface ScoreSheetOptions {
  /** The sheet's name: the unit's code (workbook.md layouts 1 and 2). */
  sheetName: string;
  unit: InitUnit;
  criteria: readonly InitCriterion[];
  /** First title line, e.g. `BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2023`. */
  title: string;
  /** Name of the bloc, shown in the second title line. */
  blocName: string;
  /**
   * `lookup` (the bloc workbook): the content and the maximum are looked up by code in the workbook's
   * `Tiêu chí`, so an edited maximum moves the validation with it. `literal` (a per-unit workbook,
   * which has no `Tiêu chí`): they are copied in.
   */
  source: "lookup" | "literal";
}

/** Where the table starts: two title rows, then the header row. */
export const SCORE_HEADER_ROW = 3;

const ORDER = ["code", "content", "max", "self", "bloc", "note"] as const;
/** Column letters, in ORDER. */
const COL = { code: "A", content: "B", max: "C", self: "D", bloc: "E", note: "F" } as const;

const TYPE_SUFFIX: Record<CriterionType, string> = {
  standard: "",
  bonus: " (điểm thưởng)",
  deduction: " (điểm trừ: ghi số điểm bị trừ)",
};

/**
 * Adds one unit's score sheet: `Mã tiêu chí` prefilled, `Tự chấm` / `Khối chấm` empty for the unit
 * and the bloc, each checked to be a number from 0 to the criterion's maximum, and a `Tổng cộng` row
 * directly under the last criterion (so the table ends there, as workbook.md reads it) whose formulas
 * show the running total, their cached results correct (0 while the cells are empty).
 */
export function addScoreSheet(workbook: Workbook, options: ScoreSheetOptions): Worksheet {
  const { criteria, unit } = options;
  const sheet = workbook.addWorksheet(options.sheetName);
  const lastCol = COL.note;

  sheet.mergeCells(`A1:${lastCol}1`);
  sheet.mergeCells(`A2:${lastCol}2`);
  const title = sheet.getCell("A1");
  title.value = options.title;
  title.font = cellFont({ bold: true, size: 13 });
  title.alignment = { horizontal: "center", vertical: "middle" };
  const subtitle = sheet.getCell("A2");
  subtitle.value = `Đơn vị: ${unit.name} (${unit.code}) - ${options.blocName}`;
  subtitle.font = cellFont({ italic: true });
  subtitle.alignment = { horizontal: "center", vertical: "middle", wrapText: true };

  writeHeaderRow(
    sheet,
    SCORE_HEADER_ROW,
    ORDER.map((key) => SCORE_COLUMNS[key]),
  );

  const firstRow = SCORE_HEADER_ROW + 1;
  criteria.forEach((criterion, i) => {
    const r = firstRow + i;
    const codeCell = sheet.getCell(`${COL.code}${r}`);
    codeCell.value = criterion.code;
    codeCell.numFmt = "@";
    const content = criterion.content + TYPE_SUFFIX[criterion.type];
    if (options.source === "lookup") {
      sheet.getCell(`${COL.content}${r}`).value = {
        formula: `${lookup("B", r)}&"${TYPE_SUFFIX[criterion.type]}"`.replace(/&""$/, ""),
        result: content,
      };
      sheet.getCell(`${COL.max}${r}`).value = { formula: lookup("C", r, '""'), result: criterion.max };
    } else {
      sheet.getCell(`${COL.content}${r}`).value = content;
      sheet.getCell(`${COL.max}${r}`).value = criterion.max;
    }
    const max = options.source === "lookup" ? `$${COL.max}$${r}` : criterion.max;
    for (const col of [COL.self, COL.bloc]) {
      sheet.getCell(`${col}${r}`).dataValidation = scoreValidation(max, criterion.max, options.source);
    }
  });

  const totalRow = firstRow + criteria.length;
  const signs = criteria.map((c) => (c.type === "deduction" ? -1 : 1) as 1 | -1);
  sheet.getCell(`${COL.code}${totalRow}`).value = TOTAL_LABEL;
  sheet.getCell(`${COL.content}${totalRow}`).value = "Điểm chuẩn + điểm thưởng − điểm trừ";
  for (const col of [COL.self, COL.bloc]) {
    sheet.getCell(`${col}${totalRow}`).value = {
      formula: scoreTotalFormula(col, firstRow, signs),
      result: 0,
    };
  }

  for (let r = firstRow; r <= totalRow; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= ORDER.length; c++) {
      const cell = row.getCell(c);
      cell.border = thinBorder();
      cell.alignment = {
        vertical: "top",
        wrapText: c === 2 || c === 6,
        horizontal: c === 1 ? "center" : undefined,
      };
      if (r === totalRow) cell.font = cellFont({ bold: true });
    }
  }

  finishSheet(sheet, {
    headerRow: SCORE_HEADER_ROW,
    minWidths: { 1: 8, 2: 40, 3: 10, 4: 10, 5: 10, 6: 24 },
    maxWidth: 60,
  });
  // The merged subtitle wraps across the table's full width (finishSheet leaves merged rows alone).
  const tableWidth = ORDER.reduce((sum, _key, i) => sum + (sheet.getColumn(i + 1).width ?? 10), 0);
  const subtitleLines = estimateLines(String(subtitle.value), tableWidth);
  if (subtitleLines > 1) sheet.getRow(2).height = subtitleLines * 15 + 2;
  return sheet;
}

/** `IFERROR(INDEX('Tiêu chí'!$B:$B,MATCH($A4,'Tiêu chí'!$A:$A,0)),…)`: a column of the criterion row. */
function lookup(
  column: "B" | "C",
  row: number,
  fallback = '"(không có mã này trong trang Tiêu chí)"',
): string {
  const sheet = `'${SHEET_NAMES.criteria}'`;
  return `IFERROR(INDEX(${sheet}!$${column}:$${column},MATCH($${COL.code}${row},${sheet}!$A:$A,0)),${fallback})`;
}

function scoreValidation(
  max: string | number,
  literalMax: number,
  source: "lookup" | "literal",
): DataValidation {
  const range = source === "lookup" ? "điểm tối đa ở cột C" : String(literalMax).replace(".", ",");
  return {
    type: "decimal",
    operator: "between",
    allowBlank: true,
    formulae: [0, max],
    showInputMessage: true,
    promptTitle: "Điểm",
    prompt: `Nhập một số từ 0 đến ${range}.`,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Điểm không hợp lệ",
    error: `Điểm phải là một số từ 0 đến ${range}.`,
  };
}
