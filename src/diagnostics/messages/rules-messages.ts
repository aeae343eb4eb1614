import type { MessageSpec } from "./message-spec.js";
import { quoted, str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** The rules (trang Quy tắc or --rules) and what computing the result under them finds. */
export const rulesMessages = {
  // --- rules ---
  unknownRulesKey: {
    text: (a) => `khoá quy tắc ${quoted(a.key)} không hợp lệ; các khoá hợp lệ: ${str(a.known)}`,
    hint: "Sửa tên khoá cho đúng.",
  },
  invalidRulesValue: {
    text: (a) => `quy tắc ${quoted(a.key)}: cần ${str(a.expected)}, nhưng ghi ${quoted(a.found)}`,
  },
  rulesFileInvalid: {
    text: (a) =>
      a.line === undefined
        ? `tệp quy tắc không hợp lệ: ${str(a.reason)}`
        : `tệp quy tắc không phải JSON hợp lệ ở dòng ${str(a.line)}, cột ${str(a.column)}: ${str(a.reason)}`,
    hint: "Tệp quy tắc phải là JSON hợp lệ: sửa ở vị trí đã nêu (mở bằng Notepad hoặc một trình soạn JSON).",
  },
  // --- computation (rules engine) ---
  boundaryTie: {
    text: (a) =>
      `các đơn vị ${quoted(a.units)} bằng điểm ở hạng ${str(a.rank)} tại giới hạn của ${str(a.award)}: cần bình xét. ` +
      `Ghi kết quả bình xét vào cột "Đề nghị khen thưởng" của trang "Đơn vị" ở dòng của các đơn vị này` +
      `${a.rows === undefined ? "" : ` (dòng ${str(a.rows)})`}: "${str(a.fill)}" cho đơn vị được chọn, "${str(a.other)}" cho đơn vị còn lại, rồi chạy lại`,
    hint: "Các đơn vị khác giữ đề nghị theo xếp hạng. Cũng có thể thêm tiêu chí phụ (trang Quy tắc) để phân định.",
  },
  rotationTie: {
    text: (a) => `các đơn vị ${quoted(a.units)} bằng điểm khi chọn ${str(a.role)} năm sau: cần bình xét`,
    hint: 'Thêm tiêu chí phụ, hoặc dùng luân phiên "chỉ định".',
  },
  overrideIneligible: {
    text: (a) =>
      `đơn vị ${quoted(a.unit)} đang bị kỷ luật (${str(a.discipline)}) nên không thể được đề nghị ${str(a.award)}`,
    hint: "Xoá đề nghị khen thưởng của đơn vị này.",
  },
  rotationTooFew: {
    text: (a) => `cần ít nhất 2 đơn vị tham gia luân phiên, nhưng chỉ có ${str(a.found)}`,
    hint: 'Bỏ đánh dấu "Không luân phiên" ở một số đơn vị.',
  },
  assignedRotationInvalid: {
    text: (a) => `luân phiên chỉ định: ${str(a.reason)}`,
    hint: 'Ghi "Khối trưởng năm sau" và "Khối phó năm sau" là hai đơn vị khác nhau trong khối.',
  },
  votesMissing: {
    text: (a) => `đơn vị ${quoted(a.unit)} chưa có số phiếu trong khi các đơn vị khác đã có: tính là 0 phiếu`,
    hint: "Nhập số phiếu của đơn vị (0 nếu không có phiếu nào).",
  },
  overrideBelowRequirement: {
    text: (a) => {
      const why: Record<string, string> = {
        rating: "xếp loại chưa đạt mức yêu cầu",
        votes: "số phiếu chưa vượt tỷ lệ tối thiểu",
        minPercent: "tổng điểm dưới mức tối thiểu",
      };
      const reasons = Array.isArray(a.reasons)
        ? a.reasons.map((r) => why[r] ?? r).join(", ")
        : str(a.reasons);
      return `hội nghị đề nghị ${str(a.award)} cho đơn vị ${quoted(a.unit)} dù ${reasons}`;
    },
    hint: "Kiểm tra lại đề nghị khen thưởng của hội nghị.",
  },
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
