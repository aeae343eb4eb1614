import type { RawSheet } from "../../read/raw-workbook.js";

/**
 * Where a merged cell's value comes from: the 0-based row and column of its range's master, or null
 * for a cell that is not a copy. Text may be read from copies (a `Nhóm` merged down its rows names each
 * row's group), numbers never: a score merged over three rows is one score.
 */
export type MergeMaster = (row: number, col: number) => { row: number; col: number } | null;

/** Builds the lookup for one sheet (free when the sheet has no merges). */
export function mergeMasters(sheet: RawSheet): MergeMaster {
  const ranges = sheet.merges ?? [];
  if (ranges.length === 0) return () => null;
  const masters = new Map<number, { row: number; col: number }>();
  for (const m of ranges) {
    const master = { row: m.top, col: m.left };
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r > m.top || c > m.left) masters.set(r * 16_384 + c, master);
    }
  }
  return (row, col) => masters.get(row * 16_384 + col) ?? null;
}
