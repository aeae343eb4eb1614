import { describe, expect, it } from "vitest";
import { normalizeCode, normalizeHeader, normalizeName } from "../../src/validate/normalize-name.js";
import { parseNumberText, readDate, readPoints } from "../../src/validate/cell-values.js";
import type { CellValue } from "../../src/read/raw-workbook.js";
import { convertExceljsValue as convertCell } from "../read/oracle/convert-exceljs-value.js";

const at = { file: "k.xlsx", sheet: "BQL", cell: "C7" };
const text = (value: string): CellValue => ({ kind: "text", value });
const num = (value: number): CellValue => ({ kind: "number", value });

describe("normalizeName", () => {
  it.each([
    ["Tiêu chí", "tieu chi"],
    ["TIÊU CHÍ", "tieu chi"],
    ["tieu  chi", "tieu chi"],
    ["Tie\u0302u chi\u0301", "tieu chi"],
    [" Đơn\u00a0vị ", "don vi"],
  ])("%s → %s", (input, key) => expect(normalizeName(input)).toBe(key));

  it("drops a bracketed note and trailing marks from headers", () => {
    expect(normalizeHeader("Điểm tối đa (điểm)")).toBe("diem toi da");
    expect(normalizeHeader("Mã *")).toBe("ma");
  });

  it("matches a code with a trailing dot", () => expect(normalizeCode("1.")).toBe(normalizeCode("1")));
});

describe("numbers typed as text", () => {
  it.each([
    ["95,5", 95.5],
    ["95.5", 95.5],
    [" 95,50 ", 95.5],
    ["-2", -2],
    ["10", 10],
    // A 1 000-point scale written with dots grouping thousands, as Vietnamese writes it.
    ["1.000", 1000],
    ["1.000,5", 1000.5],
    ["12.500", 12500],
    // Points with their unit typed after them.
    ["9,5 điểm", 9.5],
    ["9.5đ", 9.5],
    ["10 điểm", 10],
  ])("%j → %d", (input, value) => expect(parseNumberText(input)).toBe(value));

  it.each(["mười", "1e309", "NaN", "∞", "1.00,5", "điểm", ""])("%j is not a number", (input) =>
    expect(parseNumberText(input)).toBeNull(),
  );
});

describe("readPoints", () => {
  it("reads hundredths exactly, from numbers and text", () => {
    expect(readPoints(num(9.3), at, 1000)).toEqual({ ok: true, value: 930 });
    expect(readPoints(text("9,30"), at, 1000)).toEqual({ ok: true, value: 930 });
    expect(readPoints(num(9.1 + 0.2), at, 1000)).toEqual({ ok: true, value: 930 });
  });

  it.each([
    [num(10.5), "scoreOutOfRange"],
    [num(-1), "scoreOutOfRange"],
    [text("mười"), "numberExpected"],
    [num(9.333), "tooManyDecimals"],
    [{ kind: "noResult", formula: "=SUM(B2:B4)" } as CellValue, "formulaNoResult"],
    [{ kind: "error", value: "#REF!" } as CellValue, "formulaError"],
  ])("%j → %s at the cell", (cell, code) => {
    const read = readPoints(cell, at, 1000);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.diagnostic.code).toBe(code);
      expect(read.diagnostic.location).toEqual(at);
    }
  });
});

describe("readDate", () => {
  it.each([
    ["16/01/2024", { year: 2024, month: 1, day: 16 }],
    ["6/1/2024", { year: 2024, month: 1, day: 6 }],
    ["16-01-2024", { year: 2024, month: 1, day: 16 }],
    ["2024-01-16", { year: 2024, month: 1, day: 16 }],
  ])("%s", (input, date) => expect(readDate(text(input), at)).toEqual({ ok: true, value: date }));

  it.each(["31/02/2024", "ngày 16 tháng 1", "2024/13/01"])("%s is not a date", (input) => {
    expect(readDate(text(input), at).ok).toBe(false);
  });

  it("takes an Excel date's calendar day whatever the time zone", () => {
    expect(convertCell(new Date(Date.UTC(2024, 0, 16)))).toEqual({
      kind: "date",
      value: { year: 2024, month: 1, day: 16 },
    });
    expect(convertCell(new Date(Date.UTC(2024, 0, 16, 23, 59, 59, 999)))).toEqual({
      kind: "date",
      value: { year: 2024, month: 1, day: 17 },
    });
  });
});

describe("convertCell", () => {
  it.each([
    [{ richText: [{ text: "Ban " }, { text: "Quản lý" }] }, { kind: "text", value: "Ban Quản lý" }],
    [
      { text: "BQL", hyperlink: "https://x" },
      { kind: "text", value: "BQL" },
    ],
    [
      { formula: "SUM(A1:A2)", result: 0 },
      { kind: "number", value: 0 },
    ],
    [{ formula: "SUM(A1:A2)" }, { kind: "noResult", formula: "=SUM(A1:A2)" }],
    [
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { kind: "error", value: "#DIV/0!" },
    ],
    [{ error: "#REF!" }, { kind: "error", value: "#REF!" }],
    ["  Tổng\u00a0cộng ", { kind: "text", value: "Tổng cộng" }],
    ["", { kind: "empty" }],
  ])("%j", (value, cell) => expect(convertCell(value)).toEqual(cell));
});
