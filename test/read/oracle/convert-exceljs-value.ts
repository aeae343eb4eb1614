/**
 * exceljs's cell values → `CellValue`, for the differential oracle: the shapes exceljs gives (formula
 * objects, rich text, hyperlinks, JS dates) turned into what the secretary sees.
 */
import type { CellValue } from "../../../src/read/raw-workbook.js";
import { EMPTY } from "../../../src/read/raw-workbook.js";
import { normalizeText } from "../../../src/read/normalize-text.js";

/** The shapes exceljs gives a cell's value (exceljs types are loose; we check each shape). */
type ExcelValue = unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function textOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isRecord(v) && Array.isArray(v.richText)) {
    return v.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  return null;
}

function normalizedCell(text: string): CellValue {
  const t = normalizeText(text);
  return t === "" ? EMPTY : { kind: "text", value: t };
}

function fromText(text: string): CellValue {
  return normalizedCell(text);
}

/** A JS Date from exceljs is a UTC instant for an Excel serial day: its UTC fields are the day. */
function fromDate(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return { kind: "error", value: "#VALUE!" };
  // Excel stores a time of day in the fraction; a date typed by hand may be 23:59:59.999 after float
  // rounding, so round to the nearest minute before taking the day.
  const rounded = new Date(Math.round(d.getTime() / 60000) * 60000);
  return {
    kind: "date",
    value: { year: rounded.getUTCFullYear(), month: rounded.getUTCMonth() + 1, day: rounded.getUTCDate() },
  };
}

function fromPlain(v: unknown): CellValue | null {
  if (v === null || v === undefined) return EMPTY;
  // A stored 1e309 or NaN (written by a program; Excel cannot) is shown as what it is, so the
  // message reads "ô ghi ∞" rather than an error code the secretary never typed.
  if (typeof v === "number") {
    if (Number.isFinite(v)) return { kind: "number", value: v };
    return { kind: "text", value: Number.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞" };
  }
  if (typeof v === "string") return fromText(v);
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (v instanceof Date) return fromDate(v);
  return null;
}

/**
 * Converts an exceljs cell value to what the secretary sees (workbook.md "Cell values"): formula
 * results, plain text of rich text and hyperlinks, errors as errors, dates as calendar days.
 */
export function convertExceljsValue(value: ExcelValue): CellValue {
  const plain = fromPlain(value);
  if (plain) return plain;
  if (!isRecord(value)) return EMPTY;
  if (typeof value.error === "string") return { kind: "error", value: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = String(value.formula ?? value.sharedFormula ?? "");
    const result = value.result;
    if (result === undefined || result === null) return { kind: "noResult", formula: `=${formula}` };
    if (isRecord(result) && typeof result.error === "string") return { kind: "error", value: result.error };
    return fromPlain(result) ?? convertExceljsValue(result);
  }
  if ("hyperlink" in value || "text" in value) {
    const text = textOf(value.text);
    return text === null ? EMPTY : fromText(text);
  }
  const rich = textOf(value);
  return rich === null ? EMPTY : fromText(rich);
}
