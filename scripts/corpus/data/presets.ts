/**
 * Pieces the sets share: the bloc workbook (contract `Thông tin` and `Đơn vị` plus whatever scoring
 * sheets the set lays out), the usual form columns, banners and date lines.
 */
import type ExcelJS from "exceljs";
import type { Bloc, Unit } from "../lib/model.js";
import { newBook } from "../lib/book.js";
import { addInfoSheet, addUnitsSheet } from "../lib/contract-sheets.js";
import type { FormColumn } from "../lib/unit-form.js";

/** The bloc workbook with its two contract sheets; the set adds the rest. */
export function blocBook(bloc: Bloc, more: (wb: ExcelJS.Workbook) => void = () => {}): ExcelJS.Workbook {
  const wb = newBook();
  addInfoSheet(wb, bloc);
  addUnitsSheet(wb, bloc);
  more(wb);
  return wb;
}

export function unit(bloc: Bloc, code: string): Unit {
  const u = bloc.units.find((x) => x.code === code);
  if (!u) throw new Error(`${bloc.name}: no unit ${code}`);
  return u;
}

export function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

export function nfd(text: string): string {
  return text.normalize("NFD");
}

/** `Lạng Sơn, ngày 15 tháng 12 năm 2024`. */
export function dateLine(place: string, day: number, month: number, year: number): string {
  return `${place}, ngày ${String(day).padStart(2, "0")} tháng ${month} năm ${year}`;
}

/** ASCII file-name form of a name, as Windows users type it: `Sở Tài chính` → `So Tai chinh`. */
export function ascii(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

export const TT: FormColumn = { role: "tt", header: "TT" };
export const STT: FormColumn = { role: "tt", header: "STT" };
export const CONTENT: FormColumn = { role: "content", header: "Nội dung tiêu chí" };
export const MAX: FormColumn = { role: "max", header: "Điểm chuẩn" };
export const NOTE: FormColumn = { role: "note", header: "Ghi chú" };

/** `TT | Nội dung tiêu chí | Điểm chuẩn | Điểm (Tự chấm | Khối chấm) | Ghi chú`. */
export function twoRowColumns(
  selfHeader = "Tự chấm",
  agreedHeader = "Khối chấm",
  top = "Điểm",
): FormColumn[] {
  return [
    TT,
    CONTENT,
    MAX,
    { role: "self", header: selfHeader, top },
    { role: "agreed", header: agreedHeader, top },
    NOTE,
  ];
}

/** `TT | Nội dung tiêu chí | Điểm chuẩn | Điểm tự chấm | Ghi chú`. */
export function selfColumns(
  selfHeader = "Điểm tự chấm",
  max: FormColumn = MAX,
  tt: FormColumn = TT,
): FormColumn[] {
  return [tt, CONTENT, max, { role: "self", header: selfHeader }, NOTE];
}
