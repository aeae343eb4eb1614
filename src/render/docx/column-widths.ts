import type { ColumnAttributes } from "../markup/document-structure.js";
import { mm } from "./page-format.js";

/**
 * Column widths in twips that fill `available`: shared in proportion to `width`, but never below a
 * column's `min` (mm) while the minimums fit; when they do not, the minimums are scaled down to fit.
 * Explicit widths (w:tblGrid and every w:tcW) make LibreOffice and Google Docs draw the table as Word.
 */
export function columnWidths(columns: readonly ColumnAttributes[], available: number): number[] {
  const mins = columns.map((c) => (c.min === undefined ? 0 : mm(c.min)));
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

/** The sum of a table's minimum widths in twips: `orientation="auto"` turns landscape when it exceeds portrait. */
export function minimumWidth(columns: readonly ColumnAttributes[]): number {
  return columns.reduce((s, c) => s + (c.min === undefined ? 0 : mm(c.min)), 0);
}
