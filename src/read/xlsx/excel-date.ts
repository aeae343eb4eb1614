import type { CalendarDate } from "../../model/bloc.js";
import type { CellValue } from "../raw-workbook.js";
import { numberCell } from "./cell-text.js";

const DAY_MS = 86_400_000;
/** 1899-12-30 and 1904-01-01 as UTC milliseconds: day 0 of Excel's two date systems (for days after 1900-02-28). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial 60 is 1900-02-29, a day Lotus 1-2-3 invented and Excel kept: before it, serials are one day later. */
const LEAP_BUG = 60;

function calendarDay(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A serial number in a date format, as Excel shows it: the calendar day. The time of day is rounded
 * to the minute first, so 23:59:59.999 left by float rounding is the next day. In the 1900 system
 * serials below 61 follow Excel's leap-year bug (1 is 1900-01-01, 60 the 29 February 1900 that never
 * was, shown as text so the day reads as Excel shows it and no later stage takes it for a date);
 * day 0 is Excel's `00/01/1900`. Negative serials show as #### in Excel: they stay numbers.
 */
export function serialDate(serial: number, date1904: boolean): CellValue {
  const minutes = Math.round(serial * 1440);
  if (!Number.isFinite(minutes) || minutes < 0) return numberCell(serial);
  const day = Math.floor(minutes / 1440);
  if (date1904) return { kind: "date", value: calendarDay(EPOCH_1904 + day * DAY_MS) };
  if (day === 0) return { kind: "text", value: "00/01/1900" };
  if (day === LEAP_BUG) return { kind: "text", value: "29/02/1900" };
  const days = day < LEAP_BUG ? day + 1 : day;
  return { kind: "date", value: calendarDay(EPOCH_1900 + days * DAY_MS) };
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DURATION =
  /^(-)?P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const num = (text: string | undefined): number => (text === undefined ? 0 : Number(text.replace(",", ".")));

/**
 * A `t="d"` cell (ISO 8601 text, as Strict files and some libraries store dates and times): a date
 * (with or without a time) is its calendar day; a time alone or a duration (`PT12H30M`) is a number
 * of days, the value Excel stores for a time. Durations in years or months have no length in days
 * and, like any other text, read as `#VALUE!`.
 */
export function isoCellValue(raw: string): CellValue {
  const text = raw.trim();
  const date = ISO_DATE.exec(text);
  if (date) {
    const ms = Date.UTC(num(date[1]), num(date[2]) - 1, num(date[3]));
    const dayFraction = (num(date[4]) * 3600 + num(date[5]) * 60 + num(date[6])) / 86_400;
    const check = new Date(ms);
    if (check.getUTCMonth() !== num(date[2]) - 1 || check.getUTCDate() !== num(date[3]))
      return { kind: "error", value: "#VALUE!" };
    const minutes = Math.round(dayFraction * 1440);
    return { kind: "date", value: calendarDay(ms + Math.floor(minutes / 1440) * DAY_MS) };
  }
  const time = ISO_TIME.exec(text);
  if (time) return numberCell((num(time[1]) * 3600 + num(time[2]) * 60 + num(time[3])) / 86_400);
  const duration = ISO_DURATION.exec(text);
  if (duration && text !== "P" && text !== "-P" && !text.endsWith("T")) {
    const days =
      num(duration[2]) * 7 +
      num(duration[3]) +
      (num(duration[4]) * 3600 + num(duration[5]) * 60 + num(duration[6])) / 86_400;
    return numberCell(duration[1] === "-" ? -days : days);
  }
  return { kind: "error", value: "#VALUE!" };
}
