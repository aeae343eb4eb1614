import type { Block } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { mm } from "./page-format.js";
import { widestWordTwips } from "./text-width.js";

type TableBlock = Extract<Block, { kind: "table" }>;

/** Side margin of a table cell in twips: narrower for a 12 pt matrix, so `100,00` fits a narrow column. */
export const cellSideMargin = (size: number): number => (size <= 12 ? 45 : 70);

/**
 * Each column's minimum width in twips: `min` in millimetres, or for `min="auto"` the widest word of
 * the column's own cells (spanning and vertical cells aside) plus the cell margins.
 */
export function columnMinimums(table: TableBlock): number[] {
  return cachedMinimums(table).slice();
}

// Orientation "auto" and the column widths both need a table's minimums: measured once per table.
const minimumsByTable = new WeakMap<TableBlock, readonly number[]>();

function cachedMinimums(table: TableBlock): readonly number[] {
  let minimums = minimumsByTable.get(table);
  if (minimums === undefined) {
    minimums = measureMinimums(table);
    minimumsByTable.set(table, minimums);
  }
  return minimums;
}

function measureMinimums(table: TableBlock): number[] {
  const widest = widestWords(table);
  return table.columns.map((column, index) => {
    if (column.min === undefined) return 0;
    if (column.min !== "auto") return mm(column.min);
    // 2 pt to spare: Word and LibreOffice round glyph positions differently.
    return (widest[index] ?? 0) + 2 * cellSideMargin(table.size) + 40;
  });
}

/**
 * The widest word of each `min="auto"` column's own cells, in twips; one pass over the cells rather
 * than one per column (a 500-unit matrix has 75 000 cells and as many columns as units).
 */
function widestWords(table: TableBlock): number[] {
  const widest = table.columns.map(() => 0);
  if (!table.columns.some((column) => column.min === "auto")) return widest;
  const starts = cellStarts(table);
  table.rows.forEach((row, r) => {
    const rowStarts = starts[r] ?? [];
    row.cells.forEach((cell, k) => {
      const index = rowStarts[k] ?? -1;
      if (table.columns[index]?.min !== "auto" || cell.colspan !== 1 || cell.vertical) return;
      const bold = row.header || row.bold || cell.bold;
      const width = widestWordTwips(runsText(cell.runs), table.size, bold);
      if (width > (widest[index] ?? 0)) widest[index] = width;
    });
  });
  return widest;
}

/** The first column of each cell, skipping the columns a rowspan from above still covers. */
function cellStarts(table: TableBlock): number[][] {
  const carried = new Array<number>(table.columns.length).fill(0);
  return table.rows.map((row) => {
    let column = 0;
    const starts = row.cells.map((cell) => {
      while (column < carried.length && (carried[column] ?? 0) > 0) column++;
      const start = column;
      for (let c = start; c < start + cell.colspan; c++) carried[c] = cell.rowspan;
      column += cell.colspan;
      return start;
    });
    for (let c = 0; c < carried.length; c++) carried[c] = Math.max(0, (carried[c] ?? 0) - 1);
    return starts;
  });
}

/**
 * Column widths in twips that fill `available`: shared in proportion to `width`, but never below a
 * column's minimum while the minimums fit; when they do not, the minimums are scaled down to fit.
 * Explicit widths (w:tblGrid and every w:tcW) make LibreOffice and Google Docs draw the table as Word.
 */
export function columnWidths(table: TableBlock, available: number): number[] {
  const columns = table.columns;
  const mins = relaxMinimums(table, cachedMinimums(table), available);
  const minTotal = mins.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minTotal >= available) {
    widths = mins.map((m) => (m * available) / minTotal);
  } else {
    const fixed = new Set<number>();
    for (;;) {
      const free = available - [...fixed].reduce((s, i) => s + (mins[i] ?? 0), 0);
      const weight = columns.reduce((s, c, i) => (fixed.has(i) ? s : s + c.width), 0);
      widths = columns.map((c, i) => (fixed.has(i) ? (mins[i] ?? 0) : (c.width * free) / weight));
      const under = widths.findIndex((w, i) => !fixed.has(i) && w < (mins[i] ?? 0));
      if (under < 0) break;
      fixed.add(under);
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  const rest = available - rounded.reduce((a, b) => a + b, 0);
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + rest;
  return rounded;
}

/**
 * When the minimums do not fit, text columns (a minimum in mm) give way first, down to half their
 * minimum: a wrapped criterion still reads, a wrapped number (`1012,5` / `0`) misleads.
 */
function relaxMinimums(table: TableBlock, mins: readonly number[], available: number): readonly number[] {
  const total = mins.reduce((a, b) => a + b, 0);
  const flexible = mins.reduce((s, m, i) => (table.columns[i]?.min === "auto" ? s : s + m), 0);
  if (total <= available || flexible === 0) return mins;
  const factor = Math.max(0.5, 1 - (total - available) / flexible);
  return mins.map((m, i) => (table.columns[i]?.min === "auto" ? m : m * factor));
}

/** The sum of a table's minimum widths in twips: `orientation="auto"` turns landscape when it exceeds portrait. */
export function minimumWidth(table: TableBlock): number {
  return cachedMinimums(table).reduce((a, b) => a + b, 0);
}
