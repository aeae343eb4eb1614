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
  // --- reading real layouts (workbook.md "Workbooks as they are", the iron rule) ---
  ambiguousColumns: {
    text: (a) => `có nhiều cột cùng nghĩa: ${str(a.headers)}; không biết cột nào được tính`,
    hint: "Giữ một cột, đổi tiêu đề cột kia (ví dụ thành Ghi chú) hoặc xoá cột kia.",
  },
  unknownNumbers: {
    text: (a) =>
      `cột ${a.header ? quoted(a.header) : "không có tiêu đề"} có số (từ ô ${str(a.first)}), nhưng chương trình không biết đây là điểm gì`,
    hint: "Nếu là điểm, đặt tiêu đề cột là Tự chấm, Khối chấm, Điểm thưởng hoặc Điểm trừ; nếu không phải điểm, xoá các số đó hoặc chuyển sang cột Ghi chú.",
  },
  totalDisagrees: {
    text: (a) =>
      `dòng tổng ghi ${str(a.found)}, nhưng các dòng phía trên cộng lại (${str(a.what)}) được ${str(a.expected)}`,
    hint: "Kiểm tra các dòng phía trên (dòng thiếu, dòng thừa, điểm thưởng/điểm trừ đặt nhầm mục); nếu dòng tổng sai, sửa hoặc xoá số ở dòng tổng.",
  },
  groupMaxMismatch: {
    text: (a) =>
      `nhóm ${quoted(a.group)} ghi điểm tối đa ${str(a.found)}, nhưng các tiêu chí trong nhóm cộng lại được ${str(a.expected)}`,
    hint: "Sửa điểm tối đa của nhóm hoặc của các tiêu chí cho khớp; nếu các dòng a), b)… là các mức của cùng một tiêu chí, xoá điểm ở các dòng đó.",
  },
  maxDiffers: {
    text: (a) =>
      `bảng của đơn vị ghi điểm tối đa ${str(a.found)} cho tiêu chí ${quoted(a.criterion)}, nhưng trang ${quoted(a.criterionSheet)} (dòng ${str(a.criterionRow)}) ghi ${str(a.expected)}`,
    hint: "Đơn vị có thể đã chấm theo bảng tiêu chí khác (năm trước): dùng đúng bảng tiêu chí của khối năm nay.",
  },
  maxDiffersMany: {
    text: (a) =>
      `bảng của đơn vị có ${str(a.count)} dòng ghi điểm tối đa khác trang ${quoted(a.criterionSheet)} (ví dụ tiêu chí ${quoted(a.criterion)}: ${str(a.found)} thay vì ${str(a.expected)})`,
    hint: "Đơn vị đã chấm theo một bảng tiêu chí khác (năm trước hoặc khối khác): yêu cầu đơn vị chấm lại theo bảng tiêu chí năm nay.",
  },
  selfColumnEmpty: {
    text: (a) =>
      `cột ${quoted(a.self)} để trống, mọi điểm nằm ở cột ${quoted(a.agreed)}: có thể đơn vị đã nhập điểm tự chấm vào nhầm cột`,
    hint: "Chuyển điểm tự chấm sang cột Tự chấm; nếu đó đúng là điểm khối thống nhất, nhập cả điểm tự chấm hoặc xoá cột Tự chấm.",
  },
  formYearDiffers: {
    text: (a) =>
      `bảng điểm của đơn vị ${quoted(a.unit)} ghi năm ${str(a.found)}, nhưng khối đang tổng kết năm ${str(a.year)}`,
    hint: "Có thể đơn vị gửi nhầm bảng điểm năm trước: yêu cầu đơn vị gửi bảng điểm năm nay, hoặc sửa năm ở tiêu đề nếu chỉ ghi nhầm.",
  },
  unitAmbiguous: {
    text: (a) => `không biết ${quoted(a.text)} là đơn vị nào: có thể là ${quoted(a.units)}`,
    hint: 'Đặt tên trang tính (hoặc tên tệp) bằng mã đơn vị trong trang "Đơn vị".',
  },
  unitConflict: {
    text: (a) =>
      `bảng điểm ghi hai đơn vị khác nhau: ${quoted(a.first)} (${str(a.firstUnit)}) và ${quoted(a.second)} (${str(a.secondUnit)})`,
    hint: 'Có thể bảng được sao từ đơn vị khác mà chưa sửa: sửa tên trang tính, dòng "Đơn vị:" hoặc tên tệp cho đúng đơn vị.',
  },
  sheetUnmatched: {
    text: (a) =>
      `trang tính ${quoted(a.sheet)} có bảng điểm nhưng không khớp với đơn vị nào${a.suggestion ? ` (có phải ${quoted(a.suggestion)}?)` : ""}`,
    hint: 'Đặt tên trang tính bằng mã hoặc tên đơn vị trong trang "Đơn vị", hoặc xoá trang tính nếu không dùng.',
  },
  unitColumnTwice: {
    text: (a) => `đơn vị ${quoted(a.unit)} có hai cột điểm (cột đầu ở ${str(a.first)})`,
    hint: "Giữ lại một cột điểm cho mỗi đơn vị.",
  },
  rankMismatch: {
    text: (a) =>
      `bảng tổng hợp ghi đơn vị ${quoted(a.unit)} xếp hạng ${str(a.found)}, nhưng theo tổng điểm và quy tắc của khối là hạng ${str(a.expected)}`,
    hint: "Văn bản dùng hạng tính theo quy tắc; kiểm tra lại cột Xếp hạng trong bảng tổng hợp.",
  },
  criteriaFromSheet: {
    text: (a) => `không có trang "Tiêu chí": tiêu chí được lấy từ bảng tổng hợp ${quoted(a.sheet)}`,
  },
  pointsOnExplanation: {
    text: (a) =>
      `ô có điểm ${str(a.found)} nhưng nằm ở dòng diễn giải ${quoted(a.line)}, không phải dòng của một tiêu chí`,
    hint: "Chuyển điểm lên dòng của tiêu chí (dòng có số thứ tự) và để trống dòng diễn giải.",
  },
  unitNamedOtherwise: {
    text: (a) =>
      `${quoted(a.text)} chỉ đơn vị ${quoted(a.other)}, nhưng bảng ghi ${quoted(a.by)}: chương trình tính đây là bảng của ${quoted(a.unit)}`,
    hint: "Kiểm tra lại: có thể tệp bị lưu nhầm tên; đổi tên tệp cho đúng đơn vị.",
  },
  codesFromNumbering: {
    text: (a) =>
      `số thứ tự được đánh lại trong từng nhóm: mã tiêu chí lấy theo nhóm và số thứ tự (${str(a.example)}…)`,
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
  // --- info/init/docs ---
  exampleValue: {
    text: (a) =>
      `${a.field === undefined ? "" : `${str(a.field)}: `}ô còn giá trị ví dụ ${quoted(a.found)} của bảng tính mẫu`,
    hint: 'Thay bằng thông tin thật của khối (xoá cả chữ "(ví dụ)"); khi tạo bảng tính có thể điền sẵn: thidua init --name … --year … --place … --chair … --signer ….',
  },
  chairIsDeputy: {
    text: (a) => `${str(a.deputyKey)} và ${str(a.chairKey)} là cùng một đơn vị ${quoted(a.unit)}`,
    hint: "Ghi hai đơn vị khác nhau (mã hoặc tên đầy đủ như trong trang Đơn vị), hoặc để trống ô phó.",
  },
  meetingDateOutsideYear: {
    text: (a) =>
      `ngày họp ${str(a.found)} không thuộc mùa tổng kết năm ${str(a.year)} (từ ${str(a.from)} đến ${str(a.to)})`,
    hint: 'Sửa "Ngày họp" hoặc "Năm": hội nghị tổng kết năm N họp từ tháng 10 năm N đến hết tháng 6 năm N+1.',
  },
  invalidTime: {
    text: (a) => `${str(a.field)}: cần một giờ như "14 giờ 00" hoặc "14:00", nhưng ô ghi ${quoted(a.found)}`,
    hint: "Gõ giờ dạng chữ, ví dụ 14 giờ 00 (định dạng ô là Văn bản/Text để Excel không đổi thành ngày).",
  },
  awardDroppedByConference: {
    text: (a) =>
      `hội nghị quyết định không đề nghị ${str(a.award)} cho ${quoted(a.units)}, đơn vị được đề nghị theo kết quả xếp hạng; biên bản ghi lại điều này`,
  },
  awardDisplacedByConference: {
    text: (a) =>
      `theo kết quả xếp hạng, ${quoted(a.units)} được đề nghị ${str(a.award)}, nhưng quyết định của hội nghị cho đơn vị khác đã dùng hết số lượng nên không còn được đề nghị`,
    hint: 'Nếu hội nghị cũng quyết định cho đơn vị này, ghi vào cột "Đề nghị khen thưởng" của nó trong trang Đơn vị; biên bản ghi lại thay đổi này.',
  },
  awardCountExceeded: {
    text: (a) =>
      `hội nghị đề nghị ${str(a.award)} cho ${str(a.count)} đơn vị (${quoted(a.units)}), nhiều hơn số lượng ${str(a.limit)} của quy tắc`,
    hint: 'Kiểm tra cột "Đề nghị khen thưởng" trong trang Đơn vị, hoặc sửa số lượng trong trang Quy tắc.',
  },
  // --- last year (--prev) ---
  prevNotFound: {
    text: (a) =>
      `không tìm thấy kết quả năm ${str(a.year)} của khối này (ket-qua.json): bảng không có cột năm trước`,
    hint: "Đưa thư mục kết quả năm trước (thư mục của thidua batch, hoặc của khối) có ket-qua.json cho khối này.",
  },
  prevOtherBloc: {
    text: (a) => `kết quả năm trước là của ${quoted(a.found)}, không phải ${quoted(a.expected)}`,
    hint: "Kiểm tra --prev: cần thư mục kết quả năm trước của chính khối này (nếu khối đã đổi tên, bỏ qua cảnh báo này).",
  },
  leaderNotElected: {
    text: (a) =>
      `${str(a.role)} năm ${str(a.year)} ${a.found === "" ? "để trống" : `là ${quoted(a.found)}`}, nhưng hội nghị năm trước đã bầu ${quoted(a.elected)}`,
    hint: "Kiểm tra các ô trưởng, phó ở trang Thông tin; nếu việc thay đổi đã được quyết định thì bỏ qua cảnh báo này.",
  },
  // --- cli/batch ---
  tempFileSkipped: {
    text: () => "tệp khoá hoặc tệp tạm của Excel/LibreOffice (tệp bắt đầu bằng ~$ hoặc dấu chấm): bỏ qua",
    hint: "Excel tạo tệp này khi bảng tính đang mở; không cần đưa vào lệnh (đưa thư mục của khối thì tệp tự được bỏ qua).",
  },
  blocWorkbookNotGiven: {
    text: () => "chưa có bảng tính của khối: các tệp đã đưa đều bị bỏ qua",
    hint: "Đưa bảng tính của khối (.xlsx) hoặc thư mục của khối, ví dụ: thidua validate khoi-2025",
  },
  notWorkbook: {
    text: () => "không phải bảng tính (.xlsx): bỏ qua",
    hint: "Nếu đây là bảng điểm, mở bằng Excel hoặc LibreOffice và lưu dạng .xlsx; nếu không, chuyển tệp ra khỏi thư mục.",
  },
  folderWithoutWorkbook: {
    text: (a) =>
      !Array.isArray(a.others) || a.others.length === 0
        ? "thư mục trống: không có bảng tính .xlsx nào"
        : `thư mục không có bảng tính .xlsx nào (chỉ có ${quoted(a.others)})`,
    hint: "Đặt bảng tính của khối (và thư mục don-vi/ chứa các bảng tự chấm) vào thư mục này, hoặc đưa đường dẫn của tệp .xlsx.",
  },
  folderHasManyBlocs: {
    text: (a) => `thư mục chứa ${str(a.count)} khối (${quoted(a.blocs)}), lệnh này tổng hợp một khối`,
    hint: "Dùng thidua batch với thư mục này để tổng hợp nhiều khối một lượt, hoặc đưa thư mục (hay bảng tính) của một khối.",
  },
  blocWorkbookMissing: {
    text: (a) => `có thư mục ${quoted(a.folder)} nhưng không có bảng tính của khối bên cạnh`,
    hint: 'Đặt bảng tính của khối (có trang "Thông tin") cạnh thư mục các đơn vị.',
  },
  blocWorkbookNotFound: {
    text: (a) =>
      `không rõ tệp nào là bảng tính của khối: không tệp nào có trang "Thông tin" (${quoted(a.files)})`,
    hint: 'Thêm trang "Thông tin" vào bảng tính của khối, hoặc đặt tên tệp bắt đầu bằng khoi- hoặc cum-.',
  },
  blocWorkbookAmbiguous: {
    text: (a) =>
      `có ${str(a.count)} bảng tính có trang "Thông tin" (${quoted(a.files)}) cùng các bảng tự chấm: mỗi thư mục chỉ được chứa một khối`,
    hint: "Tách mỗi khối vào một thư mục riêng (bảng tính của khối và thư mục don-vi/ của nó).",
  },
  duplicateBloc: {
    text: (a) =>
      `trùng khối với ${quoted(a.first)} (${str(a.name)}, năm ${str(a.year)}): chỉ ghi kết quả của ${quoted(a.first)}`,
    hint: 'Bỏ bản thừa khỏi thư mục; nếu đây là một khối khác, sửa "Tên khối" hoặc "Năm" ở trang Thông tin.',
  },
  alreadyDone: {
    text: (a) => `đã có: các văn bản trong ${quoted(a.folder)} đã được ghi ở lần chạy trước, giữ nguyên`,
  },
  existingDiffers: {
    text: (a) =>
      `đã có văn bản trong ${quoted(a.folder)} nhưng khác kết quả tính lại (${quoted(a.files)}): dữ liệu đã đổi hoặc văn bản đã được sửa tay; giữ nguyên`,
    hint: "Dùng --force để ghi lại các văn bản theo dữ liệu mới (bản sửa tay sẽ bị thay).",
  },
} satisfies Record<string, MessageSpec>;

export type DiagnosticCode = keyof typeof messages;
