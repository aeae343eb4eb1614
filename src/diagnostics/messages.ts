import type { DiagnosticArgs } from "../model/diagnostic.js";

/** A message: the Vietnamese sentence (what was expected, what was found) and how to fix it. */
interface MessageSpec {
  text: (args: DiagnosticArgs) => string;
  hint?: string;
}

const str = (v: DiagnosticArgs[string]): string =>
  v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v);
const quoted = (v: DiagnosticArgs[string]): string =>
  Array.isArray(v) ? v.map((x) => `"${x}"`).join(", ") : `"${str(v)}"`;

/**
 * Every diagnostic code and its Vietnamese message. Keep codes stable: scripts read them from
 * `--json`. Add a code here before using it; the type of `Diagnostic.code` comes from this table.
 */
export const messages = {
  // --- files ---
  fileNotFound: { text: () => "không tìm thấy tệp", hint: "Kiểm tra lại đường dẫn tệp." },
  fileUnreadable: {
    text: (a) => `không đọc được tệp: ${str(a.reason)}`,
    hint: "Mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx.",
  },
  notXlsx: {
    text: (a) => `tệp không phải là bảng tính .xlsx (${str(a.found)})`,
    hint: "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng Excel Workbook (.xlsx).",
  },
  needsLibreOffice: {
    text: (a) =>
      `tệp là bảng tính ${str(a.format)}: chương trình đọc định dạng này nhờ LibreOffice, nhưng máy chưa cài LibreOffice`,
    hint: "Cài LibreOffice (miễn phí, tải tại https://www.libreoffice.org/download) rồi chạy lại, hoặc mở tệp bằng Excel hay LibreOffice và lưu lại dưới dạng .xlsx.",
  },
  convertedOldFormat: {
    text: (a) => `tệp ${str(a.format)} đã được LibreOffice chuyển sang .xlsx để đọc (tệp gốc không thay đổi)`,
  },
  encrypted: {
    text: () => "tệp được bảo vệ bằng mật khẩu",
    hint: "Mở tệp, gỡ bỏ mật khẩu rồi lưu lại.",
  },
  tooLarge: {
    text: (a) => `tệp quá lớn: ${str(a.found)}, giới hạn ${str(a.limit)}`,
    hint: "Mở tệp bằng Excel hoặc LibreOffice, xoá các dòng, cột trống được định dạng, vùng ô gộp hoặc hình ảnh thừa rồi lưu lại.",
  },
  rowsBeyondLimit: {
    text: (a) =>
      `có dữ liệu sau dòng ${str(a.limit)}: chương trình chỉ đọc đến dòng ${str(a.limit)}, phần còn lại bị bỏ qua`,
    hint: "Xoá dữ liệu thừa ở cuối trang tính (nhấn Ctrl+End để tìm ô cuối cùng).",
  },
  // --- sheets and tables ---
  sheetMissing: {
    text: (a) => `thiếu trang tính ${quoted(a.sheet)}`,
    hint: "Thêm trang tính với đúng tên (không phân biệt hoa thường, có dấu hay không dấu).",
  },
  headerNotFound: {
    text: (a) => `không tìm thấy dòng tiêu đề có ${quoted(a.headers)} trong 10 dòng đầu`,
    hint: "Đặt dòng tiêu đề với đủ các cột bắt buộc trong 10 dòng đầu của trang tính.",
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
    text: (a) => `dòng tổng ghi ${str(a.found)}, nhưng tổng tính được là ${str(a.expected)}`,
    hint: "Kiểm tra công thức tổng: các ô điểm có thể đang được nhập dạng chữ.",
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
    hint: "Làm tròn điểm đến 2 chữ số thập phân.",
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
    text: (a) => `không có đơn vị ${quoted(a.found)} trong trang "Đơn vị"`,
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
    text: (a) => `đơn vị ${quoted(a.unit)} có bảng điểm ở hai nơi: ${str(a.first)} và ${str(a.second)}`,
    hint: "Giữ lại một bảng điểm cho mỗi đơn vị.",
  },
  unitFileUnmatched: {
    text: (a) => `tệp chấm điểm không khớp với đơn vị nào (tên trang: ${quoted(a.sheets)})`,
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
  // --- rules ---
  unknownRulesKey: {
    text: (a) => `khoá quy tắc ${quoted(a.key)} không hợp lệ; các khoá hợp lệ: ${str(a.known)}`,
    hint: "Sửa tên khoá cho đúng.",
  },
  invalidRulesValue: {
    text: (a) => `quy tắc ${quoted(a.key)}: cần ${str(a.expected)}, nhưng ghi ${quoted(a.found)}`,
  },
  rulesFileInvalid: {
    text: (a) => `tệp quy tắc không hợp lệ: ${str(a.reason)}`,
    hint: "Tệp quy tắc phải là JSON hợp lệ.",
  },
  // --- computation (rules engine) ---
  boundaryTie: {
    text: (a) =>
      `các đơn vị ${quoted(a.units)} bằng điểm ở hạng ${str(a.rank)} tại giới hạn của ${str(a.award)}: cần bình xét`,
    hint: 'Nhập "Số phiếu" bình xét hoặc thêm tiêu chí phụ rồi chạy lại.',
  },
  rotationTie: {
    text: (a) => `các đơn vị ${quoted(a.units)} bằng điểm khi chọn ${str(a.role)} năm sau: cần bình xét`,
    hint: 'Thêm tiêu chí phụ, hoặc dùng luân phiên "chỉ định".',
  },
  conferenceUnitsWithoutAward: {
    text: (a) =>
      `hội nghị đã quyết định khen thưởng; các đơn vị ${quoted(a.units)} để trống nên không được đề nghị`,
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
} satisfies Record<string, MessageSpec>;

export type DiagnosticCode = keyof typeof messages;
