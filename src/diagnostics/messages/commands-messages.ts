import type { MessageSpec } from "./message-spec.js";
import { quoted, str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** What the commands find in the files and folders they are given (summarize, batch). */
export const commandsMessages = {
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
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
