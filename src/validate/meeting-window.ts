import type { CalendarDate } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { formatDate } from "./cell-values.js";

/**
 * The months a year-end conference for year N meets in: from 1 October of N (blocs that close their
 * year early meet in November or December, seed 002: 16/12/2022 for 2022) to 30 June of N+1 (most meet
 * in January, seed 001; some as late as May, seed 000: 06/05/2022 for 2021). Outside it, `Năm` or
 * `Ngày họp` is a slip (the example's date left in a new year's workbook), and the date would choose
 * the wrong legal bases and date every document wrongly: an error, not a warning.
 */
export function meetingWindow(year: number): { from: CalendarDate; to: CalendarDate } {
  return { from: { year, month: 10, day: 1 }, to: { year: year + 1, month: 6, day: 30 } };
}

const dayNumber = (d: CalendarDate): number => d.year * 10_000 + d.month * 100 + d.day;

/** The `meetingDateOutsideYear` error when the meeting date is outside year's window, else null. */
export function checkMeetingDate(date: CalendarDate, year: number, location: Location): Diagnostic | null {
  const { from, to } = meetingWindow(year);
  const day = dayNumber(date);
  if (day >= dayNumber(from) && day <= dayNumber(to)) return null;
  return diagnostic("meetingDateOutsideYear", "error", location, {
    found: formatDate(date),
    year,
    from: formatDate(from),
    to: formatDate(to),
  });
}
