/**
 * A table header of one or two rows, the way secretaries merge them: a `top` text merged over the
 * consecutive columns that share it (`Điểm` over `Tự chấm | Khối chấm`), every other header merged
 * down over both rows. Then, optionally, the column-number row `(1) (2) (3)`.
 */
import type ExcelJS from "exceljs";
import { put } from "./book.js";

export interface HeaderColumn {
  header: string;
  top?: string;
}

export type NumberRow = "parens" | "letters" | "digits";

/** Writes the header from `row`, column 1 on; returns the number of rows written. */
export function writeHeader(
  ws: ExcelJS.Worksheet,
  row: number,
  columns: readonly HeaderColumn[],
  numberRow?: NumberRow,
): number {
  const style = { bold: true, align: "center" as const, border: true, wrap: true };
  const twoRows = columns.some((c) => c.top !== undefined);
  if (!twoRows) {
    columns.forEach((c, j) => put(ws, row, j + 1, c.header, style));
  } else {
    let j = 0;
    while (j < columns.length) {
      const c = columns[j] as HeaderColumn;
      if (c.top === undefined) {
        put(ws, row, j + 1, c.header, style);
        put(ws, row + 1, j + 1, undefined, style);
        ws.mergeCells(row, j + 1, row + 1, j + 1);
        j++;
        continue;
      }
      let end = j;
      while (end + 1 < columns.length && columns[end + 1]?.top === c.top) end++;
      put(ws, row, j + 1, c.top, style);
      for (let k = j + 1; k <= end; k++) put(ws, row, k + 1, undefined, style);
      if (end > j) ws.mergeCells(row, j + 1, row, end + 1);
      for (let k = j; k <= end; k++) put(ws, row + 1, k + 1, columns[k]?.header, style);
      j = end + 1;
    }
  }
  const used = twoRows ? 2 : 1;
  // Wrapped headings need room: a secretary drags header rows taller.
  for (let k = 0; k < used; k++) ws.getRow(row + k).height = twoRows ? 24 : 36;
  if (!numberRow) return used;
  columns.forEach((_, j) => {
    const value =
      numberRow === "parens" ? `(${j + 1})` : numberRow === "letters" ? String.fromCharCode(65 + j) : j + 1;
    put(ws, row + used, j + 1, value, { italic: true, align: "center", border: true });
  });
  return used + 1;
}
