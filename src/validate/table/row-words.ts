import type { CriterionType } from "../../model/bloc.js";
import { normalizeName } from "../normalize-name.js";
import { leadingNumbering } from "./numbering.js";
import { remembered } from "./remembered.js";

/**
 * The secretary's own total or subtotal (workbook.md): `Tổng`, `Tổng cộng`, `Cộng`, `Tổng điểm`,
 * `Cộng I`, `Cộng phần I`, `Tổng điểm (I+II+III)`, `TỔNG CỘNG (I+II+III-IV)`, `Cộng điểm thưởng`, `Cộng:`.
 * `Công tác…` folds to `cong tac`, which is not one: the word after `cộng` must be a total's word.
 */
const TOTAL =
  /^(tong cong|tong so diem|tong diem|tong so|tong|cong)( (diem|so diem))?( (chuan|thuong|cong|tru|dat duoc|tu cham|khoi cham|cum cham))?( (phan|muc|nhom) [a-z0-9]+| [ivx]+| [a-d]| \d+)?( ?\([^()]*\))?( ?[:.])?$/;

/** True when a cell's text marks a total or subtotal row. */
export function isTotalText(text: string): boolean {
  return TOTAL.test(normalizeName(text));
}

/** A rank row or column of a master table (`Xếp hạng`, `Thứ hạng`, `Hạng`). */
export function isRankText(text: string): boolean {
  return /^(xep hang|thu hang|hang|xep thu)( \([^()]*\))?:?$/.test(normalizeName(text));
}

/**
 * A heading that types the rows under it when there is no `Loại` column (workbook.md "Workbooks as they
 * are"): `ĐIỂM THƯỞNG`, `B. ĐIỂM CỘNG`, `III. ĐIỂM THƯỞNG (tối đa 5 điểm)`, `C. ĐIỂM TRỪ`,
 * `Các nội dung bị trừ điểm`, and `A. ĐIỂM CHUẨN` (standard, after which the type resets).
 */
export const sectionType = remembered(readSectionType);

function readSectionType(text: string): CriterionType | null {
  const lead = leadingNumbering(text);
  const key = normalizeName(lead ? lead.rest : text)
    .replace(/\s*\([^()]*\)\s*/g, " ")
    .replace(/[:.]+$/, "")
    .trim();
  if (
    /^((phan|muc|cac|nhom) )?(tieu chi |noi dung |khoan )?(diem )?(thuong|cong|khuyen khich)( diem)?( \S+)?$/.test(
      key,
    )
  )
    return /^(cong|tong)/.test(key) ? null : "bonus";
  if (/^((phan|muc|cac|nhom) )?(tieu chi |noi dung |khoan )?(bi )?(diem )?tru( diem)?( \S+)?$/.test(key))
    return "deduction";
  if (/^((phan|muc) )?(tieu chi |diem )?(chuan|co ban)( diem)?$/.test(key)) return "standard";
  return null;
}

/**
 * The type a group's title speaks of anywhere in it (`CÁC TRƯỜNG HỢP BỊ TRỪ ĐIỂM`, `NỘI DUNG ĐƯỢC CỘNG
 * ĐIỂM`), for group rows only; null when it speaks of neither or of both.
 */
export function headingType(title: string): CriterionType | null {
  const key = normalizeName(title);
  const deduction = /\b(diem tru|tru diem|bi tru)\b/.test(key);
  const bonus = /\b(diem thuong|diem cong|cong diem|khuyen khich|thuong diem)\b/.test(key);
  return deduction === bonus ? null : deduction ? "deduction" : "bonus";
}

/**
 * The type a scored row states at its start, with no section around it: `Điểm trừ: chậm gửi báo cáo`,
 * `Trừ điểm …`, `Điểm thưởng - sáng kiến …`, `Điểm cộng: …`. Null for any other row.
 */
export function typeSaidBy(content: string): CriterionType | null {
  const key = normalizeName(content);
  if (/^(diem tru|tru diem|bi tru diem)\b/.test(key)) return "deduction";
  if (/^(diem thuong|diem cong|cong diem)\b/.test(key)) return "bonus";
  return null;
}

/**
 * The start of the signature block under a table: `NGƯỜI LẬP BIỂU`, `THỦ TRƯỞNG ĐƠN VỊ`, `(Ký, ghi rõ
 * họ tên)`, `TM. …`, `KT. …`, `Xác nhận của …`, `Nơi nhận:`. The table ends there; nothing below counts.
 */
export function isSignatureText(text: string): boolean {
  const key = normalizeName(text);
  if (key.length > 60) return false;
  return (
    /^(nguoi lap( bieu| bang)?|thu truong|lanh dao|nguoi ky|xac nhan|noi nhan|(t\/m|tm|k\/t|kt)[. ])( [^ ]+){0,4}:?$/.test(
      key,
    ) || /^\(?ky,? ?(ten|ghi ro|va ghi|dong dau)/.test(key)
  );
}
