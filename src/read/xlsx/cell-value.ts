import type { CellValue } from "../raw-workbook.js";
import { EMPTY } from "../raw-workbook.js";
import { numberCell, textCell } from "./cell-text.js";
import { isoCellValue, serialDate } from "./excel-date.js";
import type { NumberShape } from "./parse-styles.js";
import { XlsxError } from "./xlsx-error.js";

/** What a `<c>` element held, before it is turned into a value. */
export interface CellParts {
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`, or undefined. */
  type: string | undefined;
  /** Text of `<v>` (or of an inline string); undefined when the element had none or it was empty. */
  value: string | undefined;
  /** Whether a `<v>` or `<is>` element was there, even empty (`<v/>`: a formula's empty string). */
  hasValue: boolean;
  /** Whether the cell is a formula: `<f>` with text, or any `<f t="…">` (a shared formula's follower has no text). */
  isFormula: boolean;
  formula: string;
  /** What the cell's style makes of a number. */
  shape: NumberShape;
}

/** What the cells of a sheet need from the rest of the workbook. */
export interface CellContext {
  sharedStrings: readonly string[];
  date1904: boolean;
}

/** `<v>true</v>` is as much a boolean as `<v>1</v>` (libraries write both). */
const TRUE = /^\s*(1|true)\s*$/i;

/** The value stored, read by the cell's type; a formula's cached result is read the same way. */
function storedValue(parts: CellParts, text: string, context: CellContext): CellValue {
  switch (parts.type) {
    case "s": {
      const found = context.sharedStrings[Number.parseInt(text, 10)];
      if (found === undefined)
        throw new XlsxError(`cấu trúc bên trong tệp không hợp lệ (chuỗi dùng chung số ${text} không có)`);
      return textCell(found);
    }
    case "str":
    case "inlineStr":
      return textCell(text);
    case "b":
      return { kind: "boolean", value: TRUE.test(text) };
    case "e":
      return { kind: "error", value: text };
    case "d":
      return isoCellValue(text);
    default: {
      const n = Number.parseFloat(text);
      return parts.shape === "date" ? serialDate(n, context.date1904) : numberCell(n);
    }
  }
}

/**
 * A cell's value as the secretary sees it (workbook.md "Cell values"): a formula gives its cached
 * result, an empty string result is an empty cell, a formula never calculated is `noResult`; numbers
 * in a date format are calendar days (a time of day stays the number Excel stores for it).
 */
export function cellValue(parts: CellParts, context: CellContext): CellValue {
  if (parts.value === undefined) {
    if (!parts.isFormula) return EMPTY;
    const emptyText = parts.hasValue && (parts.type === "str" || parts.type === "inlineStr");
    return emptyText ? EMPTY : { kind: "noResult", formula: `=${parts.formula}` };
  }
  return storedValue(parts, parts.value, context);
}
