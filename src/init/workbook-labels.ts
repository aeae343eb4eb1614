/**
 * The Vietnamese sheet names, headers and drop-down lists of workbook.md, with the note each header
 * cell carries. One place, so the generated workbook and its tests cannot drift apart.
 */

/** A table column: its header as workbook.md spells it, the header cell's note, a width hint. */
export interface ColumnSpec {
  header: string;
  note: string;
  /** Minimum width in characters; long text columns wrap past `maxWidth` of the sheet. */
  minWidth?: number;
}

export const SHEET_NAMES = {
  info: "Thông tin",
  units: "Đơn vị",
  criteria: "Tiêu chí",
  plan: "Phương hướng",
  rules: "Quy tắc",
} as const;

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
export const AWARD_LIST = ["Cờ thi đua", "Cờ thi đua của Chính phủ", "Bằng khen", "Không"] as const;

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { header: "STT", note: "Số thứ tự. Không bắt buộc, chương trình bỏ qua cột này.", minWidth: 5 },
  {
    header: "Mã",
    note: "Bắt buộc. Mã ngắn, không trùng (ví dụ BQL, DUK-CQ). Dùng làm tên trang chấm điểm và tên tệp của đơn vị.",
    minWidth: 10,
  },
  {
    header: "Tên đơn vị",
    note: "Bắt buộc. Tên đầy đủ, chính thức của đơn vị, đúng như sẽ ghi trong văn bản.",
    minWidth: 30,
  },
  {
    header: "Thứ tự luân phiên",
    note: "Không bắt buộc. Số nguyên: thứ tự làm Khối/Cụm trưởng theo vòng tròn. Để trống: theo thứ tự dòng.",
    minWidth: 10,
  },
  {
    header: "Không luân phiên",
    note: "Không bắt buộc. Đánh dấu x nếu đơn vị không tham gia luân phiên Khối/Cụm trưởng, phó.",
    minWidth: 10,
  },
  {
    header: "Xếp loại",
    note: "Không bắt buộc. Xếp loại của đơn vị trong năm, chọn trong danh sách.",
    minWidth: 22,
  },
  {
    header: "Kỷ luật",
    note: "Không bắt buộc. Ghi nội dung nếu đơn vị (hoặc người đứng đầu) đang bị kỷ luật, điều tra, thanh tra: đơn vị sẽ không được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4).",
    minWidth: 10,
  },
  {
    header: "Tỷ lệ nữ",
    note: "Không bắt buộc. Tỷ lệ nữ trong đơn vị: 0,72 hoặc 72% hoặc 72. Dùng khi bằng điểm (ưu tiên tập thể có từ 70% nữ).",
    minWidth: 10,
  },
  {
    header: "Số phiếu",
    note: "Không bắt buộc. Số phiếu bình xét, suy tôn đơn vị nhận được tại hội nghị.",
    minWidth: 10,
  },
  {
    header: "Đề nghị khen thưởng",
    note: "Không bắt buộc. Quyết định của hội nghị, thay cho đề nghị chương trình tính: Cờ thi đua, Cờ thi đua của Chính phủ, Bằng khen hoặc Không; nhiều hình thức cách nhau bằng dấu ;. Nếu ghi cho một đơn vị thì chỉ cột này được dùng.",
    minWidth: 14,
  },
  { header: "Ghi chú", note: "Không bắt buộc. Ghi chú, được đưa vào bảng của báo cáo.", minWidth: 16 },
];

export const CRITERION_COLUMNS: readonly ColumnSpec[] = [
  {
    header: "Mã",
    note: "Bắt buộc. Mã tiêu chí, không trùng (1, 1.1, I.2, TC3). Trang chấm điểm của mỗi đơn vị ghi đúng mã này.",
    minWidth: 7,
  },
  { header: "Nội dung", note: "Bắt buộc. Nội dung tiêu chí chấm điểm.", minWidth: 40 },
  {
    header: "Điểm tối đa",
    note: "Bắt buộc. Điểm tối đa của tiêu chí (lớn hơn 0). Với dòng điểm trừ: số điểm trừ tối đa.",
    minWidth: 10,
  },
  {
    header: "Loại",
    note: "Không bắt buộc. chuẩn (mặc định), thưởng (điểm cộng) hoặc trừ (điểm trừ). Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ.",
    minWidth: 10,
  },
  {
    header: "Nhóm",
    note: "Không bắt buộc. Nhóm tiêu chí (ví dụ I. Thực hiện nhiệm vụ chính trị), dùng để tính điểm từng nhóm trong báo cáo.",
    minWidth: 20,
  },
];

/** Layout 1 and 2 of workbook.md, plus the content (for the unit's reading) and the maximum (checked). */
export const SCORE_COLUMNS = {
  code: {
    header: "Mã tiêu chí",
    note: "Bắt buộc. Mã tiêu chí, đúng như trong trang Tiêu chí. Không sửa mã.",
    minWidth: 8,
  },
  content: {
    header: "Nội dung tiêu chí",
    note: "Để tham khảo. Dòng điểm thưởng, điểm trừ có ghi chú trong ngoặc.",
    minWidth: 40,
  },
  max: {
    header: "Điểm tối đa",
    note: "Chương trình đối chiếu với điểm tối đa ở trang Tiêu chí của khối (khác nhau là dấu hiệu chấm theo bảng năm trước). Điểm tự chấm và khối chấm phải từ 0 đến điểm này.",
    minWidth: 10,
  },
  self: {
    header: "Tự chấm",
    note: "Bắt buộc với tiêu chí chuẩn. Điểm đơn vị tự chấm, từ 0 đến điểm tối đa. Dòng điểm trừ: ghi số điểm bị trừ (số dương), dòng Tổng cộng tự trừ đi.",
    minWidth: 10,
  },
  bloc: {
    header: "Khối chấm",
    note: "Không bắt buộc. Điểm Khối/Cụm thống nhất sau kiểm tra chéo. Nếu có, điểm này được dùng thay cho điểm tự chấm.",
    minWidth: 10,
  },
  note: {
    header: "Ghi chú",
    note: "Không bắt buộc. Minh chứng, giải trình cho điểm chấm.",
    minWidth: 24,
  },
} as const satisfies Record<string, ColumnSpec>;

/** First cell of the total row; workbook.md: such a row is checked against the sum of the rows above it. */
export const TOTAL_LABEL = "Tổng cộng";
