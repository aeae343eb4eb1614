/** A 0-based cell position. */
export interface Position {
  row: number;
  col: number;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Column letters as Excel numbers them, in either case: `A` → 1, `xfd` → 16384 (`[A-Za-z]+` only). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0xdf) - 64;
  return n;
}

/** `B3` → { row: 2, col: 1 }; null when it is not a cell address. */
export function decodeRef(ref: string): Position | null {
  const m = REF.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnNumber(m[1] ?? "") - 1 };
}
