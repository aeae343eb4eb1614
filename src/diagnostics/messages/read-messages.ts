import type { MessageSpec } from "./message-spec.js";
import { str } from "./message-spec.js";
import type { DiagnosticCode } from "../../model/diagnostic-code.js";

/** Reading the files: a file that is missing, not a workbook, damaged, or too large. */
export const readMessages = {
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
  pointsBeyondLimit: {
    text: (a) =>
      `có số sau dòng ${str(a.limit)}, nơi chương trình không đọc tới: nếu là điểm thì điểm ấy sẽ bị bỏ sót`,
    hint: "Xoá ô này nếu là gõ nhầm (nhấn Ctrl+End để tìm ô cuối cùng), hoặc chuyển bảng điểm lên trên.",
  },
  rowsBeyondLimit: {
    text: (a) =>
      `có dữ liệu sau dòng ${str(a.limit)}: chương trình chỉ đọc đến dòng ${str(a.limit)}, phần còn lại bị bỏ qua`,
    hint: "Xoá dữ liệu thừa ở cuối trang tính (nhấn Ctrl+End để tìm ô cuối cùng).",
  },
} satisfies Partial<Record<DiagnosticCode, MessageSpec>>;
