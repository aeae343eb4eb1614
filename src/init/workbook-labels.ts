import { AWARD_SHORT_NAMES } from "../propose/award-names.js";
import { CRITERION_HEADERS, SCORE_HEADERS, UNIT_HEADERS } from "../model/workbook-labels.js";

/**
 * What `init` writes around the names of workbook.md (`model/workbook-labels.ts`): the note each
 * header cell carries, the columns' widths, the drop-down lists. One place, so the generated workbook
 * and its tests cannot drift apart.
 */

/** A table column: its header as workbook.md spells it, the header cell's note, a width hint. */
export interface ColumnSpec {
  header: string;
  note: string;
  /** Minimum width in characters; long text columns wrap past `maxWidth` of the sheet. */
  minWidth?: number;
}

/** `Loại` in `Thông tin`. */
export const KIND_LIST = ["Khối", "Cụm"] as const;
/** `Luân phiên` in `Thông tin`. */
export const ROTATION_LIST = ["vòng tròn", "theo xếp hạng", "chỉ định"] as const;
/** `Thể thức` in `Thông tin`: Nghị định 30/2020/NĐ-CP or Hướng dẫn 36-HD/VPTW. */
export const FORMAT_LIST = ["hành chính", "Đảng"] as const;
/** `Xếp loại` in `Đơn vị`: the five ratings of rules.md, highest first. */
export const RATING_LIST = [
  "Hoàn thành xuất sắc nhiệm vụ tiêu biểu",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
] as const;
/** `Loại` in `Tiêu chí`. */
export const CRITERION_TYPE_LIST = ["chuẩn", "thưởng", "trừ"] as const;
/** `Đề nghị khen thưởng` in `Đơn vị` (several may be joined with `;`, so the list only warns). */
export const AWARD_LIST = [
  AWARD_SHORT_NAMES.flag,
  AWARD_SHORT_NAMES.governmentFlag,
  AWARD_SHORT_NAMES.certificate,
  "Không",
] as const;

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { header: UNIT_HEADERS.no, note: "Số thứ tự. Không bắt buộc, chương trình bỏ qua cột này.", minWidth: 5 },
  {
    header: UNIT_HEADERS.code,
    note: "Bắt buộc. Mã ngắn, không trùng (ví dụ BQL, DUK-CQ). Dùng làm tên trang chấm điểm và tên tệp của đơn vị.",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.name,
    note: "Bắt buộc. Tên đầy đủ, chính thức của đơn vị, đúng như sẽ ghi trong văn bản.",
    minWidth: 30,
  },
  {
    header: UNIT_HEADERS.rotationOrder,
    note: "Không bắt buộc. Số nguyên: thứ tự làm Khối/Cụm trưởng theo vòng tròn. Để trống: theo thứ tự dòng.",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.noRotation,
    note: "Không bắt buộc. Đánh dấu x nếu đơn vị không tham gia luân phiên Khối/Cụm trưởng, phó.",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.rating,
    note: "Không bắt buộc. Xếp loại của đơn vị trong năm, chọn trong danh sách.",
    minWidth: 22,
  },
  {
    header: UNIT_HEADERS.discipline,
    note: "Không bắt buộc. Ghi nội dung nếu đơn vị (hoặc người đứng đầu) đang bị kỷ luật, điều tra, thanh tra: đơn vị sẽ không được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4).",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.women,
    note: "Không bắt buộc. Tỷ lệ nữ trong đơn vị: 0,72 hoặc 72% hoặc 72. Dùng khi bằng điểm (ưu tiên tập thể có từ 70% nữ).",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.votes,
    note: "Không bắt buộc. Số phiếu bình xét, suy tôn đơn vị nhận được tại hội nghị.",
    minWidth: 10,
  },
  {
    header: UNIT_HEADERS.award,
    note: "Không bắt buộc. Quyết định của hội nghị, thay cho đề nghị chương trình tính: Cờ thi đua, Cờ thi đua của Chính phủ, Bằng khen hoặc Không; nhiều hình thức cách nhau bằng dấu ;. Nếu ghi cho một đơn vị thì chỉ cột này được dùng.",
    minWidth: 14,
  },
  {
    header: UNIT_HEADERS.note,
    note: "Không bắt buộc. Ghi chú, được đưa vào bảng của báo cáo.",
    minWidth: 16,
  },
];

export const CRITERION_COLUMNS: readonly ColumnSpec[] = [
  {
    header: CRITERION_HEADERS.code,
    note: "Bắt buộc. Mã tiêu chí, không trùng (1, 1.1, I.2, TC3). Trang chấm điểm của mỗi đơn vị ghi đúng mã này.",
    minWidth: 7,
  },
  { header: CRITERION_HEADERS.content, note: "Bắt buộc. Nội dung tiêu chí chấm điểm.", minWidth: 40 },
  {
    header: CRITERION_HEADERS.max,
    note: "Bắt buộc. Điểm tối đa của tiêu chí (lớn hơn 0). Với dòng điểm trừ: số điểm trừ tối đa.",
    minWidth: 10,
  },
  {
    header: CRITERION_HEADERS.type,
    note: "Không bắt buộc. chuẩn (mặc định), thưởng (điểm cộng) hoặc trừ (điểm trừ). Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ.",
    minWidth: 10,
  },
  {
    header: CRITERION_HEADERS.group,
    note: "Không bắt buộc. Nhóm tiêu chí (ví dụ I. Thực hiện nhiệm vụ chính trị), dùng để tính điểm từng nhóm trong báo cáo.",
    minWidth: 20,
  },
];

/** Layout 1 and 2 of workbook.md, plus the content (for the unit's reading) and the maximum (checked). */
export const SCORE_COLUMNS = {
  code: {
    header: SCORE_HEADERS.code,
    note: "Bắt buộc. Mã tiêu chí, đúng như trong trang Tiêu chí. Không sửa mã.",
    minWidth: 8,
  },
  content: {
    header: SCORE_HEADERS.content,
    note: "Để tham khảo. Dòng điểm thưởng, điểm trừ có ghi chú trong ngoặc.",
    minWidth: 40,
  },
  max: {
    header: SCORE_HEADERS.max,
    note: "Chương trình đối chiếu với điểm tối đa ở trang Tiêu chí của khối (khác nhau là dấu hiệu chấm theo bảng năm trước). Điểm tự chấm và khối chấm phải từ 0 đến điểm này.",
    minWidth: 10,
  },
  self: {
    header: SCORE_HEADERS.self,
    note: "Bắt buộc với tiêu chí chuẩn. Điểm đơn vị tự chấm, từ 0 đến điểm tối đa. Dòng điểm trừ: ghi số điểm bị trừ (số dương), dòng Tổng cộng tự trừ đi.",
    minWidth: 10,
  },
  bloc: {
    header: SCORE_HEADERS.agreed,
    note: "Không bắt buộc. Điểm Khối/Cụm thống nhất sau kiểm tra chéo. Nếu có, điểm này được dùng thay cho điểm tự chấm.",
    minWidth: 10,
  },
  note: {
    header: SCORE_HEADERS.note,
    note: "Không bắt buộc. Minh chứng, giải trình cho điểm chấm.",
    minWidth: 24,
  },
} as const satisfies Record<string, ColumnSpec>;
