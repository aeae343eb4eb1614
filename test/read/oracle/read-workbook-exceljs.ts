/**
 * The workbook read through exceljs: the reader before `readWorkbook` read the xlsx parts itself,
 * kept as the differential oracle (test/read/direct-reader.test.ts): on every fixture and sample
 * both must give the same values. It sees the same file checks (`checkWorkbookBytes`) first.
 */
import type { Diagnostic } from "../../../src/model/diagnostic.js";
import { diagnostic } from "../../../src/model/diagnostic.js";
import type { CellValue, MergeRange, RawSheet } from "../../../src/read/raw-workbook.js";
import { EMPTY, cellAddress } from "../../../src/read/raw-workbook.js";
import type { ReadResult } from "../../../src/read/read-workbook.js";
import { MAX_SHEET_ROW } from "../../../src/read/read-workbook.js";
import { checkWorkbookBytes, fail, readWorkbookBytes } from "../../../src/read/open-workbook-file.js";
import { groupDigits } from "../../../src/diagnostics/group-digits.js";
import { convertExceljsValue } from "./convert-exceljs-value.js";

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

/** What went wrong inside exceljs (or saxes, its XML parser), in the secretary's words. */
function explainLoadError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (
    /end of data|corrupt|invalid (zip|signature)|central directory|unexpected end|size mismatch/i.test(text)
  )
    return "tệp bị hỏng hoặc chưa tải về hết";
  if (/already merged/i.test(text)) return "các vùng ô gộp chồng lên nhau";
  if (/out of bounds|invalid (column|address|row)/i.test(text)) return `địa chỉ ô không hợp lệ (${text})`;
  if (/^\d+:\d+: /.test(text)) return `nội dung XML bên trong tệp bị hỏng (${text})`;
  return `cấu trúc bên trong tệp không hợp lệ (${text})`;
}

/** Parts of a sheet the reader never needs and exceljs expands cell by cell (a validation over A1:XFD1048576). */
const IGNORED_NODES = ["dataValidations", "cols"];

export async function readWorkbookWithExceljs(file: string): Promise<ReadResult> {
  const loaded = readWorkbookBytes(file);
  if (!loaded.ok) return loaded.result;
  const checked = await checkWorkbookBytes(loaded.bytes, file);
  if (!checked.ok) return checked.result;

  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheets: RawSheet[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(loaded.bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
    workbook.eachSheet((worksheet) => {
      const name = String(worksheet.name ?? "");
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
          cells[colNumber - 1] = convertExceljsValue(cellValue(cell));
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
