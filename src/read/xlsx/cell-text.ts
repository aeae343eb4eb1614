import type { CellValue } from "../raw-workbook.js";
import { EMPTY } from "../raw-workbook.js";
import { normalizeText } from "../normalize-text.js";

function normalizedCell(text: string): CellValue {
  const t = normalizeText(text);
  return t === "" ? EMPTY : { kind: "text", value: t };
}

/** Texts at least this long are converted once and the result reused. */
const LONG_TEXT = 1_000;
/** The memo is emptied past this many characters, so a batch of blocs does not keep them all. */
const MEMO_CHARS = 20_000_000;
const memo = new Map<string, CellValue>();
let memoChars = 0;

/**
 * A text cell as workbook.md reads it (NFC, non-breaking spaces as spaces, trimmed; nothing left is
 * an empty cell). A shared string is one text many cells point to: a 5 MB string behind 40 000
 * cells (a 160 KB file) cost minutes when each cell normalised it again. Long texts are converted
 * once; the map's key hash is kept on the string, so a repeated lookup is cheap.
 */
export function textCell(text: string): CellValue {
  if (text.length < LONG_TEXT) return normalizedCell(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  const cell = normalizedCell(text);
  if (memoChars + text.length > MEMO_CHARS) {
    memo.clear();
    memoChars = 0;
  }
  memo.set(text, cell);
  memoChars += text.length;
  return cell;
}

/**
 * A number cell. A stored 1e309 or NaN (written by a program; Excel cannot) is shown as what it is,
 * so the message reads "ô ghi ∞" rather than an error code the secretary never typed.
 */
export function numberCell(n: number): CellValue {
  if (Number.isFinite(n)) return { kind: "number", value: n };
  return { kind: "text", value: Number.isNaN(n) ? "NaN" : n > 0 ? "∞" : "-∞" };
}
