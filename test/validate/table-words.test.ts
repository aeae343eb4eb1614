import { describe, expect, it } from "vitest";
import { headerRole } from "../../src/validate/table/header-roles.js";
import { canonicalPath, leadingNumbering, parseNumbering } from "../../src/validate/table/numbering.js";
import {
  isRankText,
  isSignatureText,
  isTotalText,
  sectionType,
  typeSaidBy,
} from "../../src/validate/table/row-words.js";
import { isColumnNumberRow } from "../../src/validate/table/find-header.js";
import type { CellValue } from "../../src/read/raw-workbook.js";

describe("numbering in a code cell", () => {
  it.each([
    ["I", "roman", "I"],
    ["IV.", "roman", "IV"],
    ["XII", "roman", "XII"],
    ["1", "arabic", "1"],
    ["1.", "arabic", "1"],
    ["2.3", "arabic", "2.3"],
    ["I.2", "arabic", "I.2"],
    ["A", "part", "A"],
    ["B.", "part", "B"],
    ["a)", "letter", "a"],
    ["(b)", "letter", "b"],
    ["-", "bullet", "-"],
    ["+", "bullet", "-"],
  ])("%j is %s %s", (text, level, label) => {
    expect(parseNumbering(text)).toMatchObject({ level, label });
  });

  it.each(["TC3", "Tổng", "", "1a", "2023x"])("%j is no numbering", (text) => {
    expect(parseNumbering(text)).toBeNull();
  });

  it("nests 1.2 below 1 and I above both", () => {
    const depth = (t: string) => parseNumbering(t)?.depth ?? -1;
    expect(depth("I")).toBeLessThan(depth("1"));
    expect(depth("1")).toBeLessThan(depth("1.2"));
    expect(depth("1.2")).toBeLessThan(depth("a"));
    expect(depth("a")).toBeLessThan(depth("-"));
  });
});

describe("numbering at the start of a text", () => {
  it.each([
    ["I. CÔNG TÁC CHUYÊN MÔN", "I", "CÔNG TÁC CHUYÊN MÔN"],
    ["1. Hoàn thành kế hoạch", "1", "Hoàn thành kế hoạch"],
    ["a) Đúng hạn", "a", "Đúng hạn"],
    ["- Hoàn thành 100%: 25 điểm", "-", "Hoàn thành 100%: 25 điểm"],
    ["Phần II: Điểm thưởng", "II", "Điểm thưởng"],
    ["B. ĐIỂM TRỪ", "B", "ĐIỂM TRỪ"],
  ])("%j → %s + %j", (text, label, rest) => {
    expect(leadingNumbering(text)).toMatchObject({ numbering: { label }, rest });
  });

  it.each(["1 cuộc thanh tra", "2023 là năm", "A Lưới", "Công tác", "-0,5"])(
    "%j starts with none",
    (text) => {
      expect(leadingNumbering(text)).toBeNull();
    },
  );
});

describe("loose paths", () => {
  it("reads Roman numerals as numbers and folds case", () => {
    expect(canonicalPath("II.3.a")).toBe(canonicalPath("2.3.A"));
    expect(canonicalPath("IV.1")).toBe("4.1");
  });
});

describe("total rows", () => {
  it.each([
    "Tổng",
    "Tổng cộng",
    "TỔNG CỘNG",
    "Cộng",
    "Cộng:",
    "Tổng điểm",
    "Cộng I",
    "Cộng phần I",
    "Tổng điểm (I+II+III)",
    "TỔNG CỘNG (I+II+III-IV)",
    "Cộng điểm thưởng",
    "Tổng số điểm",
  ])("%j is a total", (text) => expect(isTotalText(text)).toBe(true));

  it.each(["Công tác chuyên môn", "Cộng đồng", "Tổng kết phong trào", "Điểm cộng", "Tổng hợp báo cáo năm"])(
    "%j is not",
    (text) => expect(isTotalText(text)).toBe(false),
  );

  it("knows the rank row", () => {
    expect(isRankText("Xếp hạng")).toBe(true);
    expect(isRankText("Xếp loại")).toBe(false);
  });
});

describe("sections that type the rows under them", () => {
  it.each([
    ["ĐIỂM THƯỞNG", "bonus"],
    ["B. ĐIỂM CỘNG", "bonus"],
    ["III. ĐIỂM THƯỞNG (tối đa 5 điểm)", "bonus"],
    ["Điểm khuyến khích", "bonus"],
    ["C. ĐIỂM TRỪ", "deduction"],
    ["IV. ĐIỂM TRỪ (tối đa 5 điểm)", "deduction"],
    ["Các nội dung bị trừ điểm", "deduction"],
    ["A. ĐIỂM CHUẨN", "standard"],
  ])("%j → %s", (text, type) => expect(sectionType(text)).toBe(type));

  it.each([
    "CÔNG TÁC KHEN THƯỞNG",
    "Cộng",
    "Trừ điểm đối với đơn vị chậm nộp báo cáo định kỳ",
    "I. CÔNG TÁC CHUYÊN MÔN",
  ])("%j is no section", (text) => expect(sectionType(text)).toBeNull());
});

describe("a row that says its own type", () => {
  it.each([
    ["Điểm trừ: chậm gửi báo cáo định kỳ", "deduction"],
    ["Trừ điểm đối với đơn vị có cán bộ vi phạm", "deduction"],
    ["Điểm thưởng - có sáng kiến được công nhận", "bonus"],
    ["Điểm cộng: đăng cai hoạt động của Khối", "bonus"],
    ["Thực hiện công tác thi đua, khen thưởng", null],
    ["Tổ chức điểm cầu trực tuyến", null],
  ])("%j → %s", (text, type) => expect(typeSaidBy(text)).toBe(type));
});

describe("signature blocks", () => {
  it.each([
    "NGƯỜI LẬP BIỂU",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "(Ký, ghi rõ họ tên)",
    "TM. ỦY BAN NHÂN DÂN",
    "Xác nhận của Khối trưởng",
  ])("%j ends a table", (text) => expect(isSignatureText(text)).toBe(true));

  it.each([
    "Lãnh đạo Công đoàn chăm lo đời sống, bảo vệ quyền, lợi ích hợp pháp của người lao động",
    "Thủ tục hành chính",
  ])("%j does not", (text) => expect(isSignatureText(text)).toBe(false));
});

describe("header roles", () => {
  it.each([
    ["TT", null, "no"],
    ["STT", null, "no"],
    ["Mã tiêu chí", null, "code"],
    ["Nội dung tiêu chí", null, "content"],
    ["Điểm chuẩn", null, "max"],
    ["Thang điểm", null, "max"],
    ["Điểm tối đa (điểm)", null, "max"],
    ["Điểm đơn vị tự chấm", null, "self"],
    ["Tự chấm", "Điểm", "self"],
    ["Khối chấm", "Điểm", "agreed"],
    ["Điểm Khối thẩm định", null, "agreed"],
    ["Điểm thống nhất", null, "agreed"],
    ["Cụm chấm", null, "agreed"],
    ["Điểm cuối cùng", null, "agreed"],
    ["Điểm thưởng", null, "bonus"],
    ["Tự chấm", "Điểm thưởng", "bonus"],
    ["Điểm trừ", null, "deduction"],
    ["Tổng điểm", null, "total"],
    ["Xếp hạng", null, "rank"],
    ["Ghi chú", null, "note"],
    ["Tài liệu minh chứng", null, "note"],
    ["Tên đơn vị", null, "unit"],
    ["Điểm phúc tra", null, null],
    ["Hình thức khen thưởng", null, null],
  ])("%j under %j → %s", (bottom, top, role) => expect(headerRole(bottom, top)).toBe(role));
});

describe("the column-number row under a header", () => {
  const text = (value: string): CellValue => ({ kind: "text", value });
  const num = (value: number): CellValue => ({ kind: "number", value });
  it.each([
    [[text("(1)"), text("(2)"), text("(3)"), text("(4)")]],
    [[num(1), num(2), num(3), num(4), num(5)]],
    [[text("A"), text("B"), text("C")]],
    [[text("(1)"), text("(2)"), text("(3)"), text("(4)"), text("(5)=(3)+(4)")]],
  ])("%j is skipped", (cells) => expect(isColumnNumberRow(cells)).toBe(true));

  it.each([
    [[num(1), text("Hoàn thành kế hoạch"), num(25), num(24)]],
    [[num(1), { kind: "empty" } as CellValue, num(25), num(24)]],
    [[text("I")]],
    // Criterion 1 scored 8, criterion 1 scored 2: a two-column table's first rows, not its column numbers.
    [[num(1), num(8)]],
    [[num(1), num(2)]],
    [[text("1"), num(3), num(4)]],
  ])("%j is data", (cells) => expect(isColumnNumberRow(cells)).toBe(false));
});
