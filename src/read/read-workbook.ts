import { readFile, stat } from "node:fs/promises";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue, RawSheet, RawWorkbook } from "./raw-workbook.js";
import { EMPTY } from "./raw-workbook.js";
import { convertCell } from "./convert-cell.js";
import { sniffFile } from "./sniff-file.js";

/** Largest workbook file accepted; a bloc's workbook is a few hundred KB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadResult {
  workbook: RawWorkbook | null;
  diagnostics: Diagnostic[];
}

function fail(file: string, d: Omit<Diagnostic, "location" | "severity">): ReadResult {
  return { workbook: null, diagnostics: [diagnostic(d.code, "error", { file }, d.args)] };
}

function explainLoadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/end of data|corrupt|invalid (zip|signature)|central directory|unexpected end/i.test(text)) {
    return "tệp bị hỏng hoặc chưa tải về hết";
  }
  return text.split("\n")[0] ?? text;
}

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

/** The edge where exceljs is used: a workbook file → its sheets' values. Never writes the file. */
export async function readWorkbook(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory())
      return fail(file, { code: "fileUnreadable", args: { reason: "đây là một thư mục" } });
    size = info.size;
  } catch {
    return fail(file, { code: "fileNotFound", args: {} });
  }
  if (size > MAX_FILE_BYTES) {
    return fail(file, {
      code: "tooLarge",
      args: { found: `${Math.round(size / 1048576)} MB`, limit: "50 MB" },
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return fail(file, { code: "fileUnreadable", args: { reason: explainLoadError(error) } });
  }
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) return fail(file, { code: sniffed.code, args: sniffed.args });

  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail(file, { code: "fileUnreadable", args: { reason: explainLoadError(error) } });
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        while (cells.length < colNumber - 1) cells.push(EMPTY);
        cells[colNumber - 1] = convertCell(cellValue(cell));
      });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = cells;
    });
    sheets.push({ name: worksheet.name, rows });
  });
  return { workbook: { file, sheets }, diagnostics: [] };
}
