import type { CalendarDate } from "../../model/bloc.js";

/**
 * `ngày 05 tháng 01 năm 2024`. Nghị định 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months
 * 1 and 2 take a leading zero (so `tháng 01` cannot be misread as `tháng 10`/`tháng 11`); other
 * months do not (`ngày 29 tháng 6 năm 2019`).
 */
export function formatVietnameseDate(date: CalendarDate): string {
  return `ngày ${formatDateNoPrefix(date)}`;
}

/** `05 tháng 01 năm 2024`: the date without `ngày`, for phrases such as `ngày {Ngày họp}`. */
export function formatDateNoPrefix(date: CalendarDate): string {
  const day = String(date.day).padStart(2, "0");
  const month = date.month <= 2 ? String(date.month).padStart(2, "0") : String(date.month);
  return `${day} tháng ${month} năm ${date.year}`;
}

/** `16/01/2024`: the short numeric form used in tables and minutes. */
export function formatShortDate(date: CalendarDate): string {
  return `${String(date.day).padStart(2, "0")}/${String(date.month).padStart(2, "0")}/${date.year}`;
}
