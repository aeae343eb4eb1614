import type { CellValue, Worksheet } from "exceljs";
import { estimateLines } from "./estimate-lines.js";

export interface FinishOptions {
  /** The header row: rows 1..headerRow stay frozen and the header repeats on every printed page. 0 = none. */
  headerRow: number;
  /** Minimum width of a column (1-based index → characters). */
  minWidths?: Record<number, number>;
  /** Maximum width of a column; longer text wraps. Default `maxWidth`. */
  maxWidths?: Record<number, number>;
  /** Default maximum width of every column. */
  maxWidth?: number;
  /** Rows above this one (titles, merged banners) do not size the columns. Default: the header row. */
  measureFrom?: number;
}

/** Sum of column widths (characters) past which a sheet prints in landscape. */
const LANDSCAPE_WIDTH = 100;
/** Points per line of 11-point text, and the height of a one-line row. */
const LINE_HEIGHT = 15;

/**
 * Gives a sheet its finishing: column widths that fit the text (wrapping what would be too wide, with
 * rows tall enough for it), frozen header rows, and print settings (A4, fit to one page wide,
 * landscape when wide, the header row repeated on every page, page numbers in the footer).
 */
export function finishSheet(sheet: Worksheet, options: FinishOptions): void {
  const measureFrom = options.measureFrom ?? Math.max(1, options.headerRow);
  const longest = new Map<number, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < measureFrom) return;
    row.eachCell((cell, col) => {
      const text = displayText(cell.value);
      // A header wraps onto several lines: only its longest word has to fit.
      const length =
        rowNumber === options.headerRow
          ? Math.max(...text.split(/\s+/).map((w) => w.length)) + 1
          : Math.max(0, ...text.split("\n").map((line) => line.length));
      longest.set(col, Math.max(longest.get(col) ?? 0, length));
    });
  });

  let total = 0;
  const widths = new Map<number, number>();
  const columnCount = Math.max(sheet.columnCount, ...longest.keys());
  for (let col = 1; col <= columnCount; col++) {
    const max = options.maxWidths?.[col] ?? options.maxWidth ?? 60;
    const wanted = Math.max(options.minWidths?.[col] ?? 0, (longest.get(col) ?? 0) + 2, 6);
    // exceljs leaves out a column of width exactly 9 (its default), which then shows at the
    // application's own default width: nudge it.
    const width = Math.min(wanted, max) === 9 ? 9.5 : Math.min(wanted, max);
    sheet.getColumn(col).width = width;
    widths.set(col, width);
    total += width;
    if (wanted > max) wrapColumn(sheet, col, measureFrom);
  }
  fitRowHeights(sheet, widths, measureFrom);

  if (options.headerRow > 0) {
    const first = `A${options.headerRow + 1}`;
    sheet.views = [
      { state: "frozen", xSplit: 0, ySplit: options.headerRow, topLeftCell: first, activeCell: first },
    ];
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: total > LANDSCAPE_WIDTH ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    // Left-aligned, not centred: LibreOffice crops a centred page that it cannot scale down.
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.headerRow > 0 ? { printTitlesRow: `${options.headerRow}:${options.headerRow}` } : {}),
  };
  sheet.headerFooter = { oddFooter: "&CTrang &P/&N" };
}

/** The text a cell shows: a formula's cached result, a date as dd/mm/yyyy. */
export function displayText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return "dd/mm/yyyy";
  if (typeof value !== "object") return String(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return result === undefined || typeof result === "object" ? "" : String(result);
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  return "";
}

function wrapColumn(sheet: Worksheet, col: number, fromRow: number): void {
  sheet.getColumn(col).eachCell((cell, rowNumber) => {
    if (rowNumber < fromRow) return;
    cell.alignment = { ...cell.alignment, wrapText: true, vertical: cell.alignment?.vertical ?? "top" };
  });
}

/** Sets the height of every row holding wrapped text to fit its longest cell (merged banners excluded). */
function fitRowHeights(sheet: Worksheet, widths: ReadonlyMap<number, number>, fromRow: number): void {
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText || cell.isMerged) return;
      const bold = cell.font?.bold === true ? 1 : 0;
      lines = Math.max(lines, estimateLines(displayText(cell.value), (widths.get(col) ?? 10) - bold));
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  });
}
