import { readFile, stat } from "node:fs/promises";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue, RawSheet, RawWorkbook } from "./raw-workbook.js";
import { EMPTY, cellAddress } from "./raw-workbook.js";
import { convertCell } from "./convert-cell.js";
import { inspectZip } from "./inspect-zip.js";
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

/** What went wrong inside the xlsx library, in the secretary's words; the library's text kept for support. */
function explainLoadError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (
    /end of data|corrupt|invalid (zip|signature)|central directory|unexpected end|size mismatch/i.test(text)
  ) {
    return DAMAGED;
  }
  if (/already merged/i.test(text)) return "các vùng ô gộp chồng lên nhau";
  if (/out of bounds|invalid (column|address|row)/i.test(text)) return `địa chỉ ô không hợp lệ (${text})`;
  // saxes reports XML errors as "line:column: …".
  if (/^\d+:\d+: /.test(text)) return `nội dung XML bên trong tệp bị hỏng (${text})`;
  return `cấu trúc bên trong tệp không hợp lệ (${text})`;
}

const DAMAGED = "tệp bị hỏng hoặc chưa tải về hết";

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

/**
 * Rows read per sheet. A bloc's tables have a few hundred rows; a value far below them (a stray
 * keystroke at row 1 048 576) is reported and skipped rather than making every check walk a
 * million empty rows on every sheet.
 */
export const MAX_SHEET_ROW = 20_000;

/** Parts of a sheet the reader never needs and exceljs handles badly: it expands a data validation
 * over `A1:XFD1048576` cell by cell, and a `<col max>` into one object per column, whatever the value. */
const IGNORED_NODES = ["dataValidations", "cols"];

const megabytes = (n: number): string => `${Math.ceil(n / (1024 * 1024)).toLocaleString("vi-VN")} MB`;

/** The edge where exceljs is used: a workbook file → its sheets' values. Never writes the file. */
export async function readWorkbook(file: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory())
      return fail(file, { code: "fileUnreadable", args: { reason: "đây là một thư mục" } });
    // A FIFO or a device (/dev/zero) would be read forever.
    if (!info.isFile())
      return fail(file, { code: "fileUnreadable", args: { reason: "đây không phải là một tệp" } });
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM"
      ? fail(file, { code: "fileUnreadable", args: { reason: "không có quyền đọc tệp" } })
      : fail(file, { code: "fileNotFound", args: {} });
  }
  if (size > MAX_FILE_BYTES) {
    return fail(file, {
      code: "tooLarge",
      args: { found: megabytes(size), limit: megabytes(MAX_FILE_BYTES) },
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "không có quyền đọc tệp" : explainLoadError(error);
    return fail(file, { code: "fileUnreadable", args: { reason } });
  }
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) return fail(file, { code: sniffed.code, args: sniffed.args });
  const zip = await inspectZip(bytes);
  if (!zip.ok) {
    const location = zip.sheet === undefined ? { file } : { file, sheet: zip.sheet };
    return { workbook: null, diagnostics: [diagnostic(zip.code, "error", location, zip.args)] };
  }

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
      sheets.push({ name, rows });
      if (skipped !== null) {
        diagnostics.push(
          diagnostic(
            "rowsBeyondLimit",
            "warning",
            { file, sheet: name, cell: skipped },
            { limit: MAX_SHEET_ROW.toLocaleString("vi-VN") },
          ),
        );
      }
    });
  } catch (error) {
    return fail(file, { code: "fileUnreadable", args: { reason: explainLoadError(error) } });
  }
  return { workbook: { file, sheets }, diagnostics };
}
