/**
 * The Vietnamese names of the bloc workbook's contract (workbook.md): its sheets, the headers of its
 * tables, the keys of `Thông tin`. `init` writes exactly these; `validate` reads them first among the
 * synonyms and English aliases it also accepts. One place, so what is written is what is read.
 */

/** The bloc workbook's own sheets. */
export const SHEET_NAMES = {
  info: "Thông tin",
  units: "Đơn vị",
  criteria: "Tiêu chí",
  matrix: "Bảng điểm",
  plan: "Phương hướng",
  rules: "Quy tắc",
  history: "Khen thưởng",
} as const;

/** The columns of `Đơn vị`. */
export const UNIT_HEADERS = {
  no: "STT",
  code: "Mã",
  name: "Tên đơn vị",
  rotationOrder: "Thứ tự luân phiên",
  noRotation: "Không luân phiên",
  rating: "Xếp loại",
  discipline: "Kỷ luật",
  women: "Tỷ lệ nữ",
  votes: "Số phiếu",
  award: "Đề nghị khen thưởng",
  superior: "Cấp trên trực tiếp",
  note: "Ghi chú",
} as const;

/** The columns of `Tiêu chí`, by the role the reader's header table gives them (`headerRole`). */
export const CRITERION_HEADERS = {
  code: "Mã",
  content: "Nội dung",
  max: "Điểm tối đa",
  type: "Loại",
  group: "Nhóm",
} as const;

/** The columns of a unit's score sheet (layouts 1 and 2), by the role `headerRole` gives them. */
export const SCORE_HEADERS = {
  code: "Mã tiêu chí",
  content: "Nội dung tiêu chí",
  max: "Điểm tối đa",
  self: "Tự chấm",
  agreed: "Khối chấm",
  note: "Ghi chú",
} as const;

/** First cell of a score sheet's total row, checked against the sum of the rows above it. */
export const TOTAL_LABEL = "Tổng cộng";

/** The keys of `Thông tin` but those naming the bloc's head (`headKeys`). */
export const INFO_LABELS = {
  name: "Tên khối",
  kind: "Loại",
  year: "Năm",
  council: "Cấp trên",
  authority: "Cấp khen",
  place: "Địa danh",
  meetingDate: "Ngày họp",
  meetingTime: "Giờ họp",
  endTime: "Giờ kết thúc",
  venue: "Địa điểm",
  rotation: "Luân phiên",
  signer: "Người ký",
  signerTitle: "Chức vụ người ký",
  secretary: "Thư ký hội nghị",
  absent: "Đơn vị vắng mặt",
  format: "Thể thức",
} as const;

/** The keys of `Thông tin` that name the head and deputy, spelled after the bloc's kind (`Khối`, `Cụm`). */
export function headKeys(head: "Khối" | "Cụm"): {
  chair: string;
  deputy: string;
  nextChair: string;
  nextDeputy: string;
} {
  return {
    chair: `${head} trưởng`,
    deputy: `${head} phó`,
    nextChair: `${head} trưởng năm sau`,
    nextDeputy: `${head} phó năm sau`,
  };
}
