import type { MessageSpec } from "./message-spec.js";
import { quoted, str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** The bloc's facts, the conference's decisions as the documents state them, and last year's result (--prev). */
export const documentsMessages = {
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
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
