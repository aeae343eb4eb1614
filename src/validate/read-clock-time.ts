import type { ClockTime } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue } from "../read/raw-workbook.js";
import { displayText, formulaProblem } from "./cell-values.js";
import { normalizeName } from "./normalize-name.js";

/** `14 giờ 00`, `14 giờ`, `8 giờ 30 phút`, `14h30`, `14g`, `14:30`, `14:30:00` (after normalizing). */
const TIME_TEXT = /^(\d{1,2})\s*(?:gio|h|g|:)\s*(?:(\d{1,2})\s*(?:phut|p)?)?(?::\d{1,2})?$/;

/**
 * A time of day (`Giờ họp`): text as secretaries write it, or a fraction of a day as Excel stores a
 * time in a General cell. A cell Excel formatted as a time reaches the reader as a date with the
 * time dropped, so it is an error asking for text.
 */
export function readClockTime(
  cell: CellValue,
  location: Location,
  field: string,
): { ok: true; value: ClockTime } | { ok: false; diagnostic: Diagnostic } {
  const problem = formulaProblem(cell, location);
  if (problem) return { ok: false, diagnostic: problem };
  let time: ClockTime | null = null;
  if (cell.kind === "number" && cell.value >= 0 && cell.value < 1) {
    const minutes = Math.round(cell.value * 24 * 60);
    time = { hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 };
  } else if (cell.kind === "text") {
    const match = TIME_TEXT.exec(normalizeName(cell.value));
    const hour = Number(match?.[1]);
    const minute = match?.[2] === undefined ? 0 : Number(match[2]);
    if (match && hour <= 23 && minute <= 59) time = { hour, minute };
  }
  return time === null
    ? {
        ok: false,
        diagnostic: diagnostic("invalidTime", "error", location, { field, found: displayText(cell) }),
      }
    : { ok: true, value: time };
}
