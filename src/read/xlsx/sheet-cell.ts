import type { CellValue } from "../raw-workbook.js";
import { convertCell } from "../convert-cell.js";

/** What a `<c>` element held, before it is turned into a value. */
export interface CellParts {
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`, or undefined. */
  type: string | undefined;
  /** Text of `<v>` (or of an inline string), undefined when the element had none or it was empty. */
  value: string | undefined;
  /** Whether the inline string was rich text (then it counts even when empty). */
  rich: boolean;
  /** Whether the cell is a formula: `<f>` with text, or any `<f t="…">` (a shared formula's follower has no text). */
  isFormula: boolean;
  formula: string;
  dateStyle: boolean;
  hyperlink: boolean;
}

/** A part the reader cannot make sense of; its message is shown to the secretary as the reason. */
export class XlsxError extends Error {}

/** exceljs decodes `t="str"` text a second time (`utils.xmlDecode`): kept so both readers agree. */
function decodeAgain(text: string): string {
  if (!text.includes("&")) return text;
  const named: Record<string, string> = {
    "&lt;": "<",
    "&gt;": ">",
    "&amp;": "&",
    "&apos;": "'",
    "&quot;": '"',
  };
  return text.replace(/&([a-z]*);/g, (c) => named[c] ?? c);
}

/** An Excel serial day as exceljs dates it: a UTC instant, days from 1899-12-30 (or 1904-01-01). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ISO date text of a `t="d"` cell as a serial-day instant (its calendar day is what is read). */
function isoDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return new Date(Number.NaN);
  return new Date(
    Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    ),
  );
}

/** A cell's value as the secretary sees it; the same shapes exceljs gives, through the same conversion. */
export function cellValue(parts: CellParts, sharedStrings: readonly string[], date1904: boolean): CellValue {
  const { type, value } = parts;
  let plain: unknown;
  if (parts.isFormula) {
    let result: unknown;
    if (value !== undefined) {
      if (type === "str") result = decodeAgain(value);
      else if (type === "b") result = Number.parseInt(value, 10) !== 0;
      else if (type === "e") result = { error: value };
      else if (type === "d") result = isoDate(value);
      else {
        const n = Number.parseFloat(value);
        result = parts.dateStyle ? serialToDate(n, date1904) : n;
      }
    }
    if (parts.hyperlink) return convertCell({ text: result, hyperlink: "" });
    return convertCell({ formula: parts.formula, result });
  }
  if (value === undefined && !parts.rich) plain = undefined;
  else if (type === "s") {
    const text = sharedStrings[Number.parseInt(value ?? "", 10)];
    if (text === undefined)
      throw new XlsxError(
        `cấu trúc bên trong tệp không hợp lệ (chuỗi dùng chung số ${value ?? ""} không có)`,
      );
    plain = text;
  } else if (type === "str") plain = decodeAgain(value ?? "");
  else if (type === "inlineStr") plain = value ?? "";
  else if (type === "b") plain = Number.parseInt(value ?? "", 10) !== 0;
  else if (type === "e") plain = { error: value };
  else if (type === "d") plain = isoDate(value ?? "");
  else {
    const n = Number.parseFloat(value ?? "");
    plain = parts.dateStyle ? serialToDate(n, date1904) : n;
  }
  return convertCell(parts.hyperlink ? { text: plain, hyperlink: "" } : plain);
}
