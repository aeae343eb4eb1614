import { normalizeHeader, normalizeName } from "../normalize-name.js";
import { isRankText, isTotalText } from "./row-words.js";

/**
 * What a column of a scoring table holds, read from its header (one row, or two merged rows such as
 * `Điểm` over `Tự chấm | Khối chấm`):
 * - `code`, `content`, `max`, `type`, `group`: the criterion (`TT`/`Mã`, `Nội dung`, `Điểm chuẩn`…);
 * - `self`, `agreed`: a unit's points as it scored itself, as the bloc agreed them;
 * - `bonus`, `deduction`: points added or taken off beside the row's points (or, in a master table
 *   with units as rows, the unit's bonus or deduction as a whole);
 * - `total`, `rank`: the secretary's own total and rank, cross-checked;
 * - `unit`, `unitCode`: the unit of a master table's row; `no`: a row number (`STT` beside a `Mã`);
 * - `note`: text that never counts (`Ghi chú`, `Minh chứng`); `rating`: `Xếp loại` text.
 */
export const COLUMN_ROLES = [
  "no",
  "code",
  "content",
  "max",
  "type",
  "group",
  "self",
  "agreed",
  "bonus",
  "deduction",
  "total",
  "rank",
  "unit",
  "unitCode",
  "note",
  "rating",
  "rate",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const CODE = new Set(["ma", "ma tieu chi", "ma so", "ky hieu", "code", "criterion"]);
const NUMBER = new Set(["tt", "stt", "so tt", "so thu tu", "thu tu", "no"]);
const CONTENT =
  /^(noi dung|tieu chi|ten tieu chi|chi tieu|noi dung tieu chi|noi dung cham diem|noi dung danh gia|noi dung thi dua|content|criteria)\b/;
const MAX =
  /\b(toi da|diem chuan|thang diem|khung diem|diem quy dinh|muc diem|so diem quy dinh)\b|^(max|diem)$/;
const SELF = /\b(tu cham|tu danh gia|tu cham diem|diem dat duoc|diem dat)\b|^self$/;
const AGREED =
  /\b(khoi|cum) (cham|tham dinh|thong nhat|danh gia|xet duyet|duyet)\b|\b(tham dinh|thong nhat|cuoi cung)\b|^(bloc|agreed|khoi cham|cum cham)$/;
const AVERAGE = /\b(trung binh|binh quan)\b/;
const BONUS = /\b(diem thuong|diem cong|cong diem)\b|^(thuong|bonus)$/;
const DEDUCTION = /\b(diem tru|tru diem|bi tru)\b|^(tru|deduction)$/;
const NOTE = /\b(ghi chu|minh chung|tai lieu|giai trinh|ly do|dien giai|can cu|nhan xet)\b|^note$/;
/** A rate, not points: `Tỷ lệ đạt (%)`, `% hoàn thành`, `Phần trăm`. */
const RATE = /\b(ty le|phan tram)\b|%/;

/**
 * The role of a column from its header text, with `top` the text of a merged header above it (null
 * for a one-row header). Unknown headers give null; whether that is harmless (text) or an error
 * (numbers) is for the table reader to say.
 */
export function headerRole(bottom: string, top: string | null = null): ColumnRole | null {
  const b = normalizeHeader(bottom);
  const t = top === null ? "" : normalizeHeader(top);
  const both = t === "" || t === b ? b : `${t} ${b}`;
  if (b === "") return null;
  if (NOTE.test(b)) return "note";
  if (RATE.test(normalizeName(bottom)) && !SELF.test(b) && !AGREED.test(b)) return "rate";
  if (CODE.has(b)) return "code";
  if (NUMBER.has(b)) return "no";
  if (/^(ma don vi|ma dv)$/.test(b)) return "unitCode";
  if (
    /^(ten don vi|don vi|ten co quan, don vi|ten co quan|co quan, don vi|ten don vi, co quan|unit|name)$/.test(
      b,
    )
  )
    return "unit";
  if (/^(loai|loai tieu chi|type)$/.test(b)) return "type";
  if (/^(nhom|nhom tieu chi|group)$/.test(b)) return "group";
  if (/^(xep loai|rating)$/.test(b)) return "rating";
  if (CONTENT.test(b)) return "content";
  if (isRankText(b)) return "rank";
  // `Điểm thưởng` over `Tự chấm | Khối chấm`, or the reverse: bonus either way (one bonus column
  // per row is counted; two are an ambiguity the table reader reports).
  if (BONUS.test(both)) return "bonus";
  if (DEDUCTION.test(both)) return "deduction";
  // `Điểm tự chấm` over `Điểm chuẩn`: the standard points the unit gave itself, not a maximum.
  if (SELF.test(both)) return "self";
  if (AGREED.test(both) || AVERAGE.test(b)) return "agreed";
  if (isTotalText(b)) return "total";
  if (MAX.test(both)) return "max";
  return null;
}
