/**
 * exceljs helpers for sheets that look like a secretary's: Times New Roman, bold centred banners,
 * merged titles, thin borders around the table. Workbooks carry a fixed date so the generator writes
 * the same bytes every run (LibreOffice keeps the document dates it reads).
 */
import ExcelJS from "exceljs";

export const FIXED_DATE = new Date(Date.UTC(2024, 11, 20, 8, 0, 0));

export interface Style {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  numFmt?: string;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn thư";
  wb.lastModifiedBy = "Văn thư";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** `4` → `D`, `28` → `AB`. */
export function col(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function addr(row: number, column: number): string {
  return `${col(column)}${row}`;
}

export function styleCell(cell: ExcelJS.Cell, style: Style): void {
  cell.font = { name: "Times New Roman", size: style.size ?? 13, bold: style.bold, italic: style.italic };
  cell.alignment = {
    horizontal: style.align,
    vertical: "middle",
    wrapText: style.wrap,
  };
  if (style.border) cell.border = THIN;
  if (style.numFmt) cell.numFmt = style.numFmt;
}

/** Writes one cell (an undefined value leaves it empty but styled). */
export function put(
  ws: ExcelJS.Worksheet,
  row: number,
  column: number,
  value: ExcelJS.CellValue | undefined,
  style: Style = {},
): void {
  const cell = ws.getCell(row, column);
  if (value !== undefined && value !== null) cell.value = value;
  styleCell(cell, style);
}

/** A title line merged across columns `from`..`to`. */
export function line(
  ws: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  value: string,
  style: Style = {},
): void {
  put(ws, row, from, value, { align: "center", ...style });
  if (to > from) ws.mergeCells(row, from, row, to);
}

/** Thin borders on every cell of a rectangle (the secretary's "All borders"). */
export function box(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = THIN;
}

export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** A formula cell with no cached result: LibreOffice computes and stores it when it re-saves the file. */
export function formula(f: string): ExcelJS.CellFormulaValue {
  return { formula: f, date1904: false };
}

/** 19.5 → `19,5` (the Vietnamese decimal comma a secretary types). */
export function vn(points: number): string {
  return String(points).replace(".", ",");
}

/** A calendar day written as a real Excel date (UTC midnight: no time zone moves the day). */
export function dateCell(ddmmyyyy: string): Date {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(ddmmyyyy);
  if (!m) throw new Error(`date ${ddmmyyyy}`);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}

/** `$D$30`: the absolute reference a RANK range is written with. */
export function absAddr(row: number, column: number): string {
  return `$${col(column)}$${row}`;
}

/**
 * Taller rows where a wrapped text needs more than one line (Calc does not grow a row written
 * without a height), and the page set to A4 fitted to its width, as a secretary prints it.
 */
export function finishSheet(ws: ExcelJS.Worksheet, wrapColumn: number, landscape = false): void {
  const width = ws.getColumn(wrapColumn).width ?? 10;
  ws.getColumn(wrapColumn).eachCell({ includeEmpty: false }, (cell, row) => {
    if (ws.getCell(row, wrapColumn).isMerged && ws.getCell(row, wrapColumn + 1).isMerged) return;
    const lines = Math.ceil(String(cell.text).length / Math.max(1, width * 1.1));
    if (lines > 1) ws.getRow(row).height = 17 * lines;
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

/** Every text of the workbook (and the sheet names) in NFD, as a file typed on a Mac arrives. */
export function toNfd(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.name = ws.name.normalize("NFD");
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === "string") cell.value = cell.value.normalize("NFD");
      });
    });
  });
}
