/**
 * What stands around a unit form's table: above it the banner (the body and the unit on the left,
 * the national or Party motto on the right), the date line, the title with the year, subtitles and
 * the `Kính gửi` / `Đơn vị` / `Căn cứ` lines; below it the signature block and, sometimes, rows the
 * secretary formatted far down with a dragged formula.
 */
import type ExcelJS from "exceljs";
import { addr, formula, line, put } from "./book.js";
import type { FormOptions } from "./form-options.js";

/** Writes the lines above the table; returns the title's row, the `above` lines' rows and the next free row. */
export function writeFormTop(
  ws: ExcelJS.Worksheet,
  o: FormOptions,
  split: number,
  n: number,
): { titleRow: number; aboveRows: number[]; next: number } {
  let r = 1;
  if (o.banner) {
    const motto =
      o.banner.motto === "party"
        ? ["ĐẢNG CỘNG SẢN VIỆT NAM"]
        : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
    const lines = Math.max(o.banner.left.length, motto.length);
    for (let i = 0; i < lines; i++) {
      const left = o.banner.left[i];
      if (left !== undefined) line(ws, r, 1, split, left, { bold: i > 0, size: 12 });
      const right = motto[i];
      if (right !== undefined) line(ws, r, split + 1, n, right, { bold: true, size: 12 });
      r++;
    }
  }
  if (o.dateLine) line(ws, r++, split + 1, n, o.dateLine, { italic: true });
  if (o.banner || o.dateLine) r++;
  const titleRow = r;
  line(ws, r++, 1, n, o.title, { bold: true, size: 14 });
  for (const s of o.subtitle ?? []) line(ws, r++, 1, n, s, { bold: true });
  const aboveRows: number[] = [];
  for (const s of o.above ?? []) {
    aboveRows.push(r);
    line(ws, r++, 1, n, s, { align: "left" });
  }
  return { titleRow, aboveRows, next: r + 1 };
}

/** Writes the signature block from row `r` (after a blank row), then the formatted empty rows. */
export function writeFormBottom(
  ws: ExcelJS.Worksheet,
  o: FormOptions,
  split: number,
  n: number,
  from: number,
): void {
  let r = from;
  if (o.signature !== false) {
    const [left, right] = o.signature ?? ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"];
    r++;
    line(ws, r, 1, split, left, { bold: true });
    line(ws, r++, split + 1, n, right, { bold: true });
    line(ws, r, 1, split, "(Ký, ghi rõ họ tên)", { italic: true });
    line(ws, r++, split + 1, n, "(Ký tên, đóng dấu)", { italic: true });
    r += 3;
  }
  if (o.emptyRows) {
    const last = o.columns.length;
    const lastScore = o.columns.map((c) => c.role).lastIndexOf("self") + 1;
    for (let k = 0; k < o.emptyRows; k++, r++) {
      for (let j = 1; j <= last; j++) put(ws, r, j, undefined, { border: true });
      put(ws, r, lastScore, formula(`IF(${addr(r, lastScore - 1)}="","",${addr(r, lastScore - 1)})`), {
        border: true,
      });
    }
  }
}
