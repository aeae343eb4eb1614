import type { MessageSpec } from "./message-spec.js";
import { quoted, str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** Validating the workbook: its sheets and tables, cells, units, criteria and scores. */
export const validateMessages = {
  // --- sheets and tables ---
  sheetMissing: {
    text: (a) => `thiếu trang tính ${quoted(a.sheet)}`,
    hint: "Thêm trang tính với đúng tên (không phân biệt hoa thường, có dấu hay không dấu).",
  },
  headerNotFound: {
    text: (a) => `không tìm thấy dòng tiêu đề có ${quoted(a.headers)} trong 30 dòng đầu`,
    hint: "Đặt dòng tiêu đề với đủ các cột bắt buộc trong 30 dòng đầu của trang tính (tên cột không phân biệt hoa thường, có dấu hay không dấu).",
  },
  emptyTable: {
    text: () => "bảng không có dòng dữ liệu nào dưới dòng tiêu đề",
    hint: "Nhập dữ liệu ngay dưới dòng tiêu đề, không để dòng trống.",
  },
  tableTooLong: {
    text: (a) => `bảng có ${str(a.found)}, chương trình xử lý tối đa ${str(a.limit)}`,
    hint: "Kiểm tra lại trang tính: một khối thi đua thường có vài chục đơn vị và tiêu chí.",
  },
  dataAfterTable: {
    text: (a) => `có dữ liệu sau dòng trống ở dòng ${str(a.emptyRow)}: các dòng này bị bỏ qua`,
    hint: "Xoá dòng trống giữa bảng nếu các dòng phía dưới là dữ liệu.",
  },
  totalMismatch: {
    text: (a) =>
      `dòng tổng ghi ${str(a.found)}, nhưng các dòng của nó cộng lại được ${str(a.expected)}; chương trình dùng ${str(a.expected)}`,
    hint: "Kiểm tra công thức tổng trong bảng tính (phạm vi cộng thiếu, thừa dòng, hoặc ô điểm nhập dạng chữ nên bị cộng là 0).",
  },
  unknownSheet: { text: (a) => `trang tính ${quoted(a.sheet)} không được dùng, bỏ qua` },
  unknownColumn: { text: (a) => `cột ${quoted(a.header)} không được dùng, bỏ qua` },
  // --- cells ---
  formulaNoResult: {
    text: (a) =>
      `công thức ${str(a.formula)} chưa có kết quả tính (tệp chưa được mở và lưu lại bằng Excel hoặc LibreOffice)`,
    hint: "Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để công thức được tính.",
  },
  formulaError: {
    text: (a) => `ô có lỗi ${str(a.found)}`,
    hint: "Sửa công thức trong ô rồi lưu lại.",
  },
  numberExpected: {
    text: (a) => `cần một số${a.range ? ` ${str(a.range)}` : ""}, nhưng ô ghi ${quoted(a.found)}`,
    hint: "Nhập số, dùng dấu phẩy hoặc dấu chấm cho phần thập phân (95,5).",
  },
  scoreOutOfRange: {
    text: (a) => `cần một số từ 0 đến ${str(a.max)}, nhưng ô ghi ${str(a.found)}`,
    hint: "Điểm không được âm và không vượt quá điểm tối đa của tiêu chí.",
  },
  tooManyDecimals: {
    text: (a) => `điểm chỉ được có tối đa 2 chữ số thập phân, nhưng ô ghi ${str(a.found)}`,
    hint: "Làm tròn điểm đến 2 chữ số thập phân; với điểm trung bình của nhiều người chấm, dùng =ROUND(AVERAGE(…);2) để ô lưu đúng số điểm đang hiển thị.",
  },
  valueRequired: {
    text: (a) => `thiếu ${quoted(a.field)}`,
    hint: "Nhập giá trị cho ô bắt buộc này.",
  },
  invalidValue: {
    text: (a) => `${str(a.field)}: cần ${str(a.expected)}, nhưng ô ghi ${quoted(a.found)}`,
  },
  invalidDate: {
    text: (a) => `cần một ngày dạng dd/mm/yyyy, nhưng ô ghi ${quoted(a.found)}`,
    hint: "Nhập ngày theo dạng 16/01/2024.",
  },
  // --- units, criteria, scores ---
  duplicateUnitCode: {
    text: (a) => `mã đơn vị ${quoted(a.code)} bị trùng (dòng ${str(a.firstRow)} và dòng ${str(a.row)})`,
    hint: "Mỗi đơn vị cần một mã riêng.",
  },
  duplicateCriterionCode: {
    text: (a) => `mã tiêu chí ${quoted(a.code)} bị trùng (dòng ${str(a.firstRow)} và dòng ${str(a.row)})`,
    hint: "Mỗi tiêu chí cần một mã riêng.",
  },
  unknownUnit: {
    text: (a) =>
      `không có đơn vị ${quoted(a.found)} trong trang "Đơn vị"${a.suggestion === undefined ? "" : `; có phải ${quoted(a.suggestion)}${a.suggestionCode === undefined ? "" : ` (${str(a.suggestionCode)})`} không?`}`,
    hint: 'Ghi đúng mã hoặc tên đầy đủ của một đơn vị trong trang "Đơn vị".',
  },
  unknownCriterion: {
    text: (a) => `không có tiêu chí ${quoted(a.found)} trong trang "Tiêu chí"`,
    hint: 'Ghi đúng mã tiêu chí như trong trang "Tiêu chí".',
  },
  missingScore: {
    text: (a) => `đơn vị ${quoted(a.unit)} chưa có điểm tiêu chí ${quoted(a.criterion)}`,
    hint: "Nhập điểm cho mọi tiêu chí chuẩn.",
  },
  missingScoresMany: {
    text: (a) =>
      `đơn vị ${quoted(a.unit)} chưa có điểm ${str(a.count)} tiêu chí (${str(a.criteria)}…) trong ${str(a.source)}`,
    hint: "Kiểm tra bảng điểm của đơn vị: có thể đơn vị chấm theo bảng tiêu chí khác, chỉ chấm theo nhóm, hoặc nhập điểm vào cột khác.",
  },
  scoreSheetMissing: {
    text: (a) => `không tìm thấy bảng điểm của đơn vị ${quoted(a.unit)}`,
    hint: "Thêm trang tính mang mã đơn vị, hoặc truyền tệp chấm điểm của đơn vị sau tệp của khối.",
  },
  duplicateScore: {
    text: (a) =>
      `điểm của đơn vị ${quoted(a.unit)} cho tiêu chí ${quoted(a.criterion)} được nhập hai lần (${str(a.first)})`,
    hint: "Giữ lại một dòng điểm cho mỗi tiêu chí.",
  },
  scoresTwice: {
    text: (a) => `đơn vị ${quoted(a.unit)} có bảng điểm ở nhiều nơi: ${str(a.sources)}`,
    hint: 'Giữ lại một bảng điểm cho mỗi đơn vị (xoá hoặc đổi tên bảng cũ); nếu bảng năm nay và năm trước cùng có mặt, ghi năm vào tiêu đề bảng ("NĂM 2024").',
  },
  unitFileUnmatched: {
    text: (a) =>
      `tệp chấm điểm không khớp với đơn vị nào (tên trang: ${quoted(a.sheets)})${a.suggestion ? `; có phải ${quoted(a.suggestion)}?` : ""}`,
    hint: "Đặt tên trang tính hoặc tên tệp bằng mã đơn vị.",
  },
  unknownRating: {
    text: (a) => `xếp loại ${quoted(a.found)} không hợp lệ`,
    hint: "Dùng một trong: Hoàn thành xuất sắc nhiệm vụ tiêu biểu, Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.",
  },
  unknownAward: {
    text: (a) => `hình thức khen thưởng ${quoted(a.found)} không hợp lệ`,
    hint: "Dùng: Cờ thi đua, Cờ thi đua của Chính phủ, Bằng khen hoặc Không; nhiều hình thức cách nhau bằng dấu ;.",
  },
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
