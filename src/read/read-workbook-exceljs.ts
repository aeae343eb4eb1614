import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue, MergeRange, RawSheet } from "./raw-workbook.js";
import { EMPTY, cellAddress } from "./raw-workbook.js";
import { convertCell } from "./convert-cell.js";
import { explainLoadError } from "./explain-load-error.js";
import type { ReadResult } from "./open-workbook-file.js";
import { MAX_SHEET_ROW, fail, openWorkbookFile } from "./open-workbook-file.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/** Minimal view of an exceljs cell: enough to get a formula's result. */
interface ExcelCell {
  value: unknown;
  type: number;
  formula?: string;
  result?: unknown;
  master?: ExcelCell;
  isMerged?: boolean;
}

/** exceljs's `FormulaType` value for a formula cell. */
const FORMULA_TYPE = 6;

/**
 * A cell's value; for formulas built from `cell.result`, because exceljs's `cell.value` drops a
 * falsy cached result (0, FALSE, ""), which would turn a formula giving 0 into an uncalculated one.
 */
function cellValue(cell: ExcelCell): unknown {
  const source = cell.isMerged && cell.master ? cell.master : cell;
  if (source.type === FORMULA_TYPE) return { formula: source.formula ?? "", result: source.result };
  return source.value;
}

/** Parts of a sheet the reader never needs and exceljs handles badly: it expands a data validation
 * over `A1:XFD1048576` cell by cell, and a `<col max>` into one object per column, whatever the value. */
const IGNORED_NODES = ["dataValidations", "cols"];

/**
 * The workbook read through exceljs: the reader before `readWorkbook` read the xlsx parts itself,
 * kept only so a test can check that both give the same values on every fixture.
 */
export async function readWorkbookWithExceljs(file: string): Promise<ReadResult> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return opened.result;
  const { bytes } = opened;

  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheets: RawSheet[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
    workbook.eachSheet((worksheet) => {
      const name = String(worksheet.name ?? "");
      // Sparse: an empty row is a hole, read as empty by `cellAt`, so far-apart rows cost nothing.
      const rows: CellValue[][] = [];
      let skipped: string | null = null;
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber > MAX_SHEET_ROW) {
          row.eachCell({ includeEmpty: false }, (_cell, col) => {
            skipped ??= cellAddress(rowNumber - 1, col - 1);
          });
          return;
        }
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          while (cells.length < colNumber - 1) cells.push(EMPTY);
          cells[colNumber - 1] = convertCell(cellValue(cell));
        });
        rows[rowNumber - 1] = cells;
      });
      // exceljs keeps merged ranges as `A1:C1` strings on the sheet's model.
      const merges = (worksheet.model.merges ?? []).flatMap((ref) => {
        const range = decodeMergeRef(ref);
        return range === null ? [] : [range];
      });
      sheets.push({ name, rows, merges });
      if (skipped !== null) {
        diagnostics.push(
          diagnostic(
            "rowsBeyondLimit",
            "warning",
            { file, sheet: name, cell: skipped },
            { limit: groupDigits(MAX_SHEET_ROW) },
          ),
        );
      }
    });
  } catch (error) {
    return fail(file, { code: "fileUnreadable", args: { reason: explainLoadError(error) } });
  }
  return { workbook: { file, sheets }, diagnostics };
}

/** `B2:D3` → its 0-based range, as the direct reader gives it. */
function decodeMergeRef(ref: string): MergeRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}
