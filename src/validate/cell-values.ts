import type { CalendarDate } from "../model/bloc.js";
import type { Hundredths } from "../model/points.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { toHundredths } from "../model/points.js";
import type { CellValue } from "../read/raw-workbook.js";

/** A value read from a cell, or the diagnostic explaining why it could not be. */
export type Read<T> = { ok: true; value: T } | { ok: false; diagnostic: Diagnostic };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(d: Diagnostic): Read<T> => ({ ok: false, diagnostic: d });

/** What a cell shows, as text (numbers as typed by Excel: 1.1 stays `1.1`). */
export function displayText(cell: CellValue): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.value;
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return formatDate(cell.value);
    case "error":
      return cell.value;
    case "noResult":
      return cell.formula;
  }
}

/**
 * What a cell shows, for a message to the secretary: as `displayText`, but a number with the
 * Vietnamese decimal comma (`73,5`), as her Excel shows it.
 */
export function shownText(cell: CellValue): string {
  return cell.kind === "number" ? String(cell.value).replace(".", ",") : displayText(cell);
}

/** `16/01/2024`. */
export function formatDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** `-`, `–`, `—` typed in a points cell: nothing there, as the secretary means it (not "no number"). */
export function isNoneMark(cell: CellValue): boolean {
  return cell.kind === "text" && /^[-–—]$/.test(cell.value.trim());
}

/** True when the cell holds nothing. */
export function isEmpty(cell: CellValue): boolean {
  return cell.kind === "empty";
}

/** A formula error or an uncalculated formula: an error wherever it is read (workbook.md). */
export function formulaProblem(cell: CellValue, location: Location): Diagnostic | null {
  if (cell.kind === "error") return diagnostic("formulaError", "error", location, { found: cell.value });
  if (cell.kind === "noResult")
    return diagnostic("formulaNoResult", "error", location, { formula: cell.formula });
  return null;
}

/** Text of a cell; formula problems are errors. */
export function readText(cell: CellValue, location: Location): Read<string> {
  const problem = formulaProblem(cell, location);
  return problem ? bad(problem) : ok(displayText(cell));
}

const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
/** `1.000`, `1.000,5`: dots grouping thousands, as Vietnamese writes a 1 000-point scale. */
const GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
/** `9,5 điểm`, `9.5đ`: a unit word typed after the points. */
const POINTS_WORD = /(điểm|diem|đ)\.?$/iu;

/**
 * A number typed as a number or as text with a decimal comma or dot (`95,5`, ` 95.50 `), dots grouping
 * thousands (`1.000`), or the word `điểm` after it (`9,5 điểm`).
 */
export function parseNumberText(text: string): number | null {
  const t = text.normalize("NFC").trim().replace(/\s+/g, "").replace(POINTS_WORD, "");
  if (GROUPED.test(t)) {
    const n = Number(t.replace(/\./g, "").replace(",", "."));
    return Number.isFinite(n) ? n : null;
  }
  if (!NUMBER_TEXT.test(t)) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** A number; `range` describes the expected values in the message (`từ 0 đến 10`). */
export function readNumber(cell: CellValue, location: Location, range?: string): Read<number> {
  const problem = formulaProblem(cell, location);
  if (problem) return bad(problem);
  if (cell.kind === "number") return ok(cell.value);
  if (cell.kind === "text") {
    const n = parseNumberText(cell.value);
    if (n !== null) return ok(n);
  }
  return bad(diagnostic("numberExpected", "error", location, { found: displayText(cell), range }));
}

/**
 * Points in hundredths, between 0 and `max` (hundredths) inclusive; never rounded or capped. On a
 * deduction row (`signed`) the sign secretaries type is the direction: `-0,5` takes off 0.5.
 */
export function readPoints(
  cell: CellValue,
  location: Location,
  max: Hundredths,
  signed = false,
): Read<Hundredths> {
  const maxText = (max / 100).toString().replace(".", ",");
  const n = readNumber(cell, location, `từ 0 đến ${maxText}`);
  if (!n.ok) return n;
  const raw = toHundredths(n.value);
  const h = signed && raw !== null && raw < 0 ? -raw : raw;
  const found = shownText(cell);
  if (h === null) return bad(diagnostic("tooManyDecimals", "error", location, { found }));
  if (h < 0 || h > max) return bad(diagnostic("scoreOutOfRange", "error", location, { max: maxText, found }));
  return ok(h);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function validDate(year: number, month: number, day: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : null;
}

/** A date: an Excel date, or text `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `yyyy-mm-dd`. */
export function readDate(cell: CellValue, location: Location): Read<CalendarDate> {
  const problem = formulaProblem(cell, location);
  if (problem) return bad(problem);
  if (cell.kind === "date") return ok(cell.value);
  if (cell.kind === "text") {
    const t = cell.value.trim();
    const iso = ISO.exec(t);
    const dmy = DMY.exec(t);
    const date = iso
      ? validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : dmy
        ? validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
        : null;
    if (date) return ok(date);
  }
  return bad(diagnostic("invalidDate", "error", location, { found: displayText(cell) }));
}
