import type { InitInfo } from "./init-content.js";
import { FORMAT_LIST, KIND_LIST, ROTATION_LIST } from "./workbook-labels.js";

/** One key/value row of `Thông tin`: column A the key, B the value, C what it means. */
export interface InfoRow {
  key: string;
  value: string | number | Date | null;
  required: boolean;
  meaning: string;
  /** A drop-down list for the value cell. */
  list?: readonly string[];
  /** Other checks on the value cell. */
  check?: "year" | "date";
}

/**
 * The rows of `Thông tin`, every key of workbook.md in its order. The chair/deputy keys follow the
 * bloc's kind (`Cụm trưởng` for a Cụm), which workbook.md accepts as the same keys.
 */
export function infoRows(info: InitInfo): InfoRow[] {
  const head = info.kind === "cum" ? "Cụm" : "Khối";
  const { year, month, day } = info.meetingDate;
  return [
    { key: "Tên khối", value: info.name, required: true, meaning: "Tên đầy đủ của Khối/Cụm thi đua." },
    {
      key: "Loại",
      value: info.kind === "cum" ? "Cụm" : "Khối",
      required: false,
      meaning: `Khối (mặc định) hoặc Cụm: quyết định cách gọi Khối trưởng/Cụm trưởng trong văn bản. Các khoá "${head} trưởng", "${head} phó"… bên dưới có thể ghi là Khối… hoặc Cụm… đúng với Loại.`,
      list: KIND_LIST,
    },
    { key: "Năm", value: info.year, required: true, meaning: "Năm tổng kết.", check: "year" },
    {
      key: "Cấp trên",
      value: info.council,
      required: true,
      meaning: "Hội đồng Thi đua - Khen thưởng nhận tờ trình đề nghị khen thưởng.",
    },
    {
      key: "Cấp khen",
      value: info.authority,
      required: false,
      meaning:
        "Cấp tặng Cờ thi đua, Bằng khen, dùng trong tên hình thức khen thưởng. Mặc định: Ủy ban nhân dân tỉnh.",
    },
    {
      key: "Địa danh",
      value: info.place,
      required: true,
      meaning: "Địa danh ghi ở dòng ngày tháng của văn bản.",
    },
    {
      key: "Ngày họp",
      value: new Date(Date.UTC(year, month - 1, day)),
      required: true,
      meaning: "Ngày họp hội nghị tổng kết, dạng dd/mm/yyyy.",
      check: "date",
    },
    { key: "Địa điểm", value: info.venue, required: false, meaning: "Nơi tổ chức hội nghị tổng kết." },
    {
      key: `${head} trưởng`,
      value: info.chair,
      required: true,
      meaning: `Đơn vị ${head.toLowerCase()} trưởng năm nay: mã hoặc tên đầy đủ như trong trang Đơn vị.`,
    },
    {
      key: `${head} phó`,
      value: info.deputy === "" ? null : info.deputy,
      required: false,
      meaning: `Đơn vị ${head.toLowerCase()} phó năm nay: mã hoặc tên đầy đủ.`,
    },
    {
      key: "Luân phiên",
      value: info.rotation,
      required: false,
      meaning:
        "Cách chọn trưởng, phó năm sau: vòng tròn (mặc định: phó lên trưởng, đơn vị kế tiếp làm phó), theo xếp hạng, hoặc chỉ định.",
      list: ROTATION_LIST,
    },
    {
      key: `${head} trưởng năm sau`,
      value: null,
      required: false,
      meaning: `Bắt buộc khi Luân phiên là "chỉ định": đơn vị ${head.toLowerCase()} trưởng năm sau. Để trống nếu không.`,
    },
    {
      key: `${head} phó năm sau`,
      value: null,
      required: false,
      meaning: `Bắt buộc khi Luân phiên là "chỉ định": đơn vị ${head.toLowerCase()} phó năm sau. Để trống nếu không.`,
    },
    {
      key: "Người ký",
      value: info.signer,
      required: false,
      meaning: `Họ tên người ký văn bản thay mặt đơn vị ${head.toLowerCase()} trưởng.`,
    },
    { key: "Chức vụ người ký", value: info.signerTitle, required: false, meaning: "Chức vụ của người ký." },
    {
      key: "Thể thức",
      value: info.format,
      required: false,
      meaning:
        "Thể thức văn bản: hành chính (mặc định, Nghị định 30/2020/NĐ-CP) hoặc Đảng (Hướng dẫn 36-HD/VPTW).",
      list: FORMAT_LIST,
    },
  ];
}
