import type { CellValue, MergeRange } from "../raw-workbook.js";
import { EMPTY } from "../raw-workbook.js";
import { decodeRef } from "./cell-ref.js";
import { XlsxError } from "./xlsx-error.js";

/** `A1:C2` → its corners, top-left first; null when unreadable. */
function decodeRange(ref: string): MergeRange | null {
  const [a, b] = ref.split(":");
  const from = decodeRef(a ?? "");
  const to = b === undefined ? from : decodeRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/**
 * Every cell of a merged range but the master takes the master's value, as the secretary sees the
 * merged cell everywhere it spans. Overlapping ranges (no spreadsheet program writes them) mark a
 * damaged file. Returns the ranges, so that a reader of points can tell a master from its copies.
 */
export function applyMerges(
  merges: readonly string[],
  rows: CellValue[][],
  put: (row: number, col: number, value: CellValue) => void,
): MergeRange[] {
  const done: MergeRange[] = [];
  for (const ref of merges) {
    const range = decodeRange(ref);
    if (range === null) throw new XlsxError(`địa chỉ ô không hợp lệ (${ref})`);
    if (
      done.some(
        (d) =>
          d.bottom >= range.top && d.top <= range.bottom && d.right >= range.left && d.left <= range.right,
      )
    )
      throw new XlsxError("các vùng ô gộp chồng lên nhau");
    done.push(range);
    const master = rows[range.top]?.[range.left] ?? EMPTY;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r > range.top || c > range.left) put(r, c, master);
      }
    }
  }
  return done;
}
