import { INFO_LABELS, headKeys } from "../model/workbook-labels.js";
import { markExample } from "../validate/example-marker.js";
import type { ExampleField, InitContent } from "./init-content.js";
import { FORMAT_LIST, KIND_LIST, ROTATION_LIST } from "./workbook-labels.js";

/** One key/value row of `Thông tin`: column A the key, B the value, C what it means. */
export interface InfoRow {
  key: string;
  value: string | number | Date | null;
  required: boolean;
  meaning: string;
  /** A drop-down list for the value cell. */
  list?: readonly string[];
  /** Other checks on the value cell; `text` keeps what is typed as text (a time Excel would turn into a date). */
  check?: "year" | "date" | "text";
}

/**
 * The rows of `Thông tin`, every key of workbook.md in its order. The chair/deputy keys follow the
 * bloc's kind (`Cụm trưởng` for a Cụm), which workbook.md accepts as the same keys. A value that is
 * still the example's is written as marked text (`(ví dụ) Hà Nội`, `(ví dụ) 2023`): the secretary
 * sees what to replace, and `validate` refuses it until then.
 */
export function infoRows(content: Pick<InitContent, "info" | "examples">): InfoRow[] {
  const { info } = content;
  const head = info.kind === "cum" ? "Cụm" : "Khối";
  const keys = headKeys(head);
  const { year, month, day } = info.meetingDate;
  const example = (
    field: ExampleField,
    value: string | number | Date,
    shown: string,
  ): string | number | Date => (content.examples.includes(field) ? markExample(shown) : value);
  const text = (field: ExampleField, value: string): string | null =>
    value === "" ? null : (example(field, value, value) as string);
  const two = (n: number): string => String(n).padStart(2, "0");
  return [
    {
      key: INFO_LABELS.name,
      value: text("name", info.name),
      required: true,
      meaning: "Tên đầy đủ của Khối/Cụm thi đua.",
    },
    {
      key: INFO_LABELS.kind,
      value: info.kind === "cum" ? "Cụm" : "Khối",
      required: false,
      meaning: `Khối (mặc định) hoặc Cụm: quyết định cách gọi Khối trưởng/Cụm trưởng trong văn bản. Các khoá "${head} trưởng", "${head} phó"… bên dưới có thể ghi là Khối… hoặc Cụm… đúng với Loại.`,
      list: KIND_LIST,
    },
    {
      key: INFO_LABELS.year,
      value: example("year", info.year, String(info.year)),
      required: true,
      meaning: "Năm tổng kết.",
      check: "year",
    },
    {
      key: INFO_LABELS.council,
      value: text("council", info.council),
      required: true,
      meaning: "Hội đồng Thi đua - Khen thưởng nhận tờ trình đề nghị khen thưởng.",
    },
    {
      key: INFO_LABELS.authority,
      value: text("authority", info.authority),
      required: false,
      meaning:
        "Cấp tặng Cờ thi đua, Bằng khen, dùng trong tên hình thức khen thưởng. Mặc định: Ủy ban nhân dân tỉnh.",
    },
    {
      key: INFO_LABELS.place,
      value: text("place", info.place),
      required: true,
      meaning: "Địa danh ghi ở dòng ngày tháng của văn bản.",
    },
    {
      key: INFO_LABELS.meetingDate,
      value: example(
        "meetingDate",
        new Date(Date.UTC(year, month - 1, day)),
        `${two(day)}/${two(month)}/${year}`,
      ),
      required: true,
      meaning:
        "Ngày họp hội nghị tổng kết, dạng dd/mm/yyyy: từ 01/10 của năm tổng kết đến 30/06 năm sau. Ngày họp quyết định các văn bản pháp luật được viện dẫn (Căn cứ) trong tờ trình.",
      check: "date",
    },
    {
      key: INFO_LABELS.meetingTime,
      value: info.meetingTime === "" ? null : info.meetingTime,
      required: false,
      meaning:
        "Giờ khai mạc hội nghị, gõ dạng chữ như 14 giờ 00. Để trống: biên bản để dòng chấm để điền tay.",
      check: "text",
    },
    {
      key: INFO_LABELS.endTime,
      value: null,
      required: false,
      meaning: "Giờ bế mạc hội nghị, như 16 giờ 30. Để trống: biên bản để dòng chấm để điền tay.",
      check: "text",
    },
    {
      key: INFO_LABELS.venue,
      value: text("venue", info.venue),
      required: false,
      meaning: "Nơi tổ chức hội nghị tổng kết.",
    },
    {
      key: keys.chair,
      value: text("chair", info.chair),
      required: true,
      meaning: `Đơn vị ${head.toLowerCase()} trưởng năm nay: mã hoặc tên đầy đủ như trong trang Đơn vị.`,
    },
    {
      key: keys.deputy,
      value: text("deputy", info.deputy),
      required: false,
      meaning: `Đơn vị ${head.toLowerCase()} phó năm nay: mã hoặc tên đầy đủ, khác đơn vị ${head.toLowerCase()} trưởng.`,
    },
    {
      key: INFO_LABELS.rotation,
      value: info.rotation,
      required: false,
      meaning:
        "Cách chọn trưởng, phó năm sau: vòng tròn (mặc định: phó lên trưởng, đơn vị kế tiếp làm phó), theo xếp hạng, hoặc chỉ định.",
      list: ROTATION_LIST,
    },
    {
      key: keys.nextChair,
      value: null,
      required: false,
      meaning: `Bắt buộc khi Luân phiên là "chỉ định": đơn vị ${head.toLowerCase()} trưởng năm sau. Để trống nếu không.`,
    },
    {
      key: keys.nextDeputy,
      value: null,
      required: false,
      meaning: `Bắt buộc khi Luân phiên là "chỉ định": đơn vị ${head.toLowerCase()} phó năm sau. Để trống nếu không.`,
    },
    {
      key: INFO_LABELS.signer,
      value: text("signer", info.signer),
      required: false,
      meaning: `Họ tên người ký văn bản thay mặt đơn vị ${head.toLowerCase()} trưởng; cũng là người chủ trì hội nghị trong biên bản.`,
    },
    {
      key: INFO_LABELS.signerTitle,
      value: text("signerTitle", info.signerTitle),
      required: false,
      meaning: "Chức vụ của người ký.",
    },
    {
      key: INFO_LABELS.secretary,
      value: info.secretary === "" ? null : info.secretary,
      required: false,
      meaning: "Họ tên người ghi biên bản hội nghị, ký bên trái biên bản. Để trống: biên bản để dòng chấm.",
    },
    {
      key: INFO_LABELS.absent,
      value: null,
      required: false,
      meaning:
        "Mã hoặc tên các đơn vị vắng mặt tại hội nghị, cách nhau bằng dấu ; (biên bản ghi số đơn vị có mặt). Để trống nếu đủ các đơn vị.",
    },
    {
      key: INFO_LABELS.format,
      value: info.format,
      required: false,
      meaning:
        "Thể thức văn bản: hành chính (mặc định, Nghị định 30/2020/NĐ-CP) hoặc Đảng (Hướng dẫn 36-HD/VPTW).",
      list: FORMAT_LIST,
    },
  ];
}
