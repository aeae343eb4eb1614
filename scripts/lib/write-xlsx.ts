/**
 * Writes small workbooks described as plain data (sheets of rows), for the sample and fixture
 * generators. Output is byte-for-byte deterministic: exceljs stamps the document properties and
 * JSZip stamps every zip entry with the current time, so both are pinned here.
 */
import { writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { forEachZipHeader } from "./zip-files.js";

/** A cell as exceljs takes it: a value, a formula (with or without a cached result), rich text… */
export type Cell = ExcelJS.CellValue;

/** Per-cell number formats, e.g. `{ C4: "0%" }`. Date cells get `dd/mm/yyyy` unless told. */
export type NumFmts = Record<string, string>;

export interface SheetSpec {
  name: string;
  /** Rows from row 1; `undefined`/`null` cells are left empty. */
  rows: readonly (readonly Cell[])[];
  /** Ranges such as `A1:D1`; the value stays in the master (top-left) cell. */
  merges?: readonly string[];
  /** 1-based rows to print in bold (headers, banners, total rows). */
  boldRows?: readonly number[];
  /** Column widths in characters, from column A. */
  widths?: readonly number[];
  numFmts?: NumFmts;
  /** Freeze the rows above this 1-based row (a header row stays on screen). */
  freezeBelow?: number;
  /** Columns (1-based) whose cells wrap their text from a row on (long contents and notes; not banners). */
  wrap?: { columns: readonly number[]; fromRow: number };
  /** Print on landscape A4, scaled to the page's width. */
  printFitWidth?: boolean;
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
}

/** The instant written as the workbook's created/modified time and as every zip entry's time. */
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** Builds the workbook in memory. */
export function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "thidua";
  wb.lastModifiedBy = "thidua";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) addSheet(wb, sheet);
  return wb;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.freezeBelow ? [{ state: "frozen", ySplit: spec.freezeBelow - 1 }] : [],
    ...(spec.printFitWidth
      ? {
          pageSetup: {
            paperSize: 9,
            orientation: "landscape",
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
          },
        }
      : {}),
  });
  spec.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === undefined || value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  for (const row of spec.boldRows ?? []) {
    ws.getRow(row).eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { bold: true };
    });
  }
  for (const [address, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(address).numFmt = fmt;
  // Wrapped cells need taller rows: Excel and LibreOffice do not grow a row written without a height.
  const lines = new Map<number, number>();
  for (const col of spec.wrap?.columns ?? []) {
    const width = spec.widths?.[col - 1] ?? 10;
    ws.getColumn(col).eachCell({ includeEmpty: false }, (cell, row) => {
      if (row < (spec.wrap?.fromRow ?? 1)) return;
      cell.alignment = { wrapText: true, vertical: "top" };
      const n = Math.ceil(String(cell.text).length / Math.max(1, width - 2));
      lines.set(row, Math.max(lines.get(row) ?? 1, n));
    });
  }
  for (const [row, n] of lines) if (n > 1) ws.getRow(row).height = 15 * n;
  (spec.widths ?? []).forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** Writes the workbook to `path` (creating its folder) with pinned timestamps. */
export async function writeXlsx(path: string, spec: WorkbookSpec): Promise<void> {
  const wb = buildWorkbook(spec);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, pinZipTimes(bytes));
}

/** DOS time/date of FIXED_DATE: 00:00:00 on 2024-01-01. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/**
 * Overwrites the modification time of every entry of a zip archive (local headers and central
 * directory) with a fixed one. Sizes and contents are untouched, so the archive stays valid.
 */
export function pinZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  forEachZipHeader(out, (central, local) => {
    out.writeUInt16LE(DOS_TIME, central + 12);
    out.writeUInt16LE(DOS_DATE, central + 14);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
  });
  return out;
}
