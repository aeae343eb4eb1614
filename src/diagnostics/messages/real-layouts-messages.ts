import type { MessageSpec } from "./message-spec.js";
import { quoted, str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** Reading the layouts real blocs use (workbook.md "Workbooks as they are", the iron rule). */
export const realLayoutsMessages = {
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
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
