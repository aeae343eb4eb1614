import { describe, expect, it } from "vitest";
import { diagnosticText } from "../../src/diagnostics/format-diagnostic.js";
import type { CellValue, RawSheet } from "../../src/read/raw-workbook.js";
import { validateBloc } from "../../src/validate/validate-bloc.js";

/*
 * The `Thông tin` slips of issue 12, through the pure validate stage: a small bloc written as plain
 * rows (a `Bảng điểm` matrix holds the scores), one key changed per case.
 */

type Plain = string | number | { date: [number, number, number] } | null;

const cell = (v: Plain): CellValue =>
  v === null
    ? { kind: "empty" }
    : typeof v === "number"
      ? { kind: "number", value: v }
      : typeof v === "string"
        ? { kind: "text", value: v }
        : { kind: "date", value: { year: v.date[0], month: v.date[1], day: v.date[2] } };
const sheet = (name: string, rows: Plain[][]): RawSheet => ({ name, rows: rows.map((r) => r.map(cell)) });

const INFO: [string, Plain][] = [
  ["Tên khối", "Khối thi đua số 2"],
  ["Năm", 2024],
  ["Cấp trên", "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh"],
  ["Địa danh", "Bắc Ninh"],
  ["Ngày họp", { date: [2025, 1, 15] }],
  ["Khối trưởng", "STC"],
  ["Khối phó", "STP"],
];
const UNITS: Plain[][] = [
  ["Mã", "Tên đơn vị"],
  ["STC", "Sở Tài chính"],
  ["STP", "Sở Tư pháp"],
  ["SNV", "Sở Nội vụ"],
  ["DHBN", "Trường Đại học Bắc Ninh, cơ sở 2"],
];

/** The bloc's workbook with `Thông tin` changed (`null` removes a key) and extra sheets. */
function validate(info: Record<string, Plain> = {}, extra: RawSheet[] = []) {
  const rows: Plain[][] = INFO.filter(([k]) => info[k] !== null).map(([k, v]) => [k, info[k] ?? v]);
  for (const [k, v] of Object.entries(info)) if (!INFO.some(([key]) => key === k)) rows.push([k, v]);
  return validateBloc({
    bloc: {
      file: "khoi.xlsx",
      sheets: [
        sheet("Thông tin", rows),
        sheet("Đơn vị", UNITS),
        sheet("Tiêu chí", [
          ["Mã", "Nội dung", "Điểm tối đa"],
          ["1", "Nhiệm vụ", 100],
        ]),
        sheet("Bảng điểm", [
          ["Mã", "1"],
          ["STC", 95],
          ["STP", 90],
          ["SNV", 85],
          ["DHBN", 80],
        ]),
        ...extra,
      ],
    },
    unitWorkbooks: [],
  });
}
const rowOf = (key: string, info: Record<string, Plain> = {}): number =>
  INFO.filter(([k]) => info[k] !== null).findIndex(([k]) => k === key) + 1;
const problems = (info: Record<string, Plain> = {}, extra: RawSheet[] = []) =>
  validate(info, extra).diagnostics.filter((d) => d.severity !== "note");

describe("Thông tin as given", () => {
  it("passes and reads the new optional keys as empty", () => {
    const { bloc, diagnostics } = validate();
    expect(diagnostics.filter((d) => d.severity !== "note")).toEqual([]);
    expect(bloc?.info).toMatchObject({ meetingTime: null, endTime: null, secretary: null, absent: [] });
  });
});

describe("chair and deputy the same unit", () => {
  it.each([
    ["by code", "STC"],
    ["by name", "Sở Tài chính"],
    ["by name without diacritics", "so tai chinh"],
  ])("is an error at the deputy's cell (%s)", (_, deputy) => {
    expect(problems({ "Khối phó": deputy })).toMatchObject([
      {
        code: "chairIsDeputy",
        severity: "error",
        location: { sheet: "Thông tin", cell: `B${rowOf("Khối phó")}` },
        args: { code: "STC", unit: "Sở Tài chính" },
      },
    ]);
  });
});

describe("the meeting date against the year: 01/10/N to 30/06/N+1", () => {
  it.each<[string, [number, number, number], boolean]>([
    ["the example's date left in a new year's workbook", [2024, 1, 16], false],
    ["the day before the window", [2024, 9, 30], false],
    ["the window's first day", [2024, 10, 1], true],
    ["December of the year", [2024, 12, 16], true],
    ["May of the next year (seed 000)", [2025, 5, 6], true],
    ["the window's last day", [2025, 6, 30], true],
    ["the day after the window", [2025, 7, 1], false],
    ["two years later", [2026, 1, 15], false],
  ])("%s: %j", (_, date, ok) => {
    const found = problems({ "Ngày họp": { date } });
    if (ok) expect(found).toEqual([]);
    else
      expect(found).toMatchObject([
        {
          code: "meetingDateOutsideYear",
          severity: "error",
          location: { cell: `B${rowOf("Ngày họp")}` },
          args: { year: 2024, from: "01/10/2024", to: "30/06/2025" },
        },
      ]);
  });
});

describe("an unknown unit reference suggests the closest unit", () => {
  it.each<[string, string, string | undefined]>([
    ["a code with a letter too many", "STCC", "Sở Tài chính"],
    ["a name with a typo", "Sở Tài chánh", "Sở Tài chính"],
    ["a name typed short", "Trường Đại học Bắc Ninh", "Trường Đại học Bắc Ninh, cơ sở 2"],
    ["nothing close", "Công an tỉnh", undefined],
  ])("%s: %s", (_, typed, suggestion) => {
    const [d] = problems({ "Khối trưởng": typed });
    expect(d).toMatchObject({ code: "unknownUnit", location: { cell: `B${rowOf("Khối trưởng")}` } });
    expect(d?.args.suggestion).toBe(suggestion);
    if (suggestion !== undefined && d !== undefined) expect(diagnosticText(d)).toContain("có phải");
  });
});

describe("example values left from `thidua init`", () => {
  it("are an error at each marked cell of Thông tin, Đơn vị and Phương hướng, and nothing else", () => {
    const found = problems(
      { "Tên khối": "(ví dụ) Cụm thi đua số 02", Năm: "(ví dụ) 2023", "Khối trưởng": "(Ví dụ) STC" },
      [sheet("Phương hướng", [["(ví dụ) 1. Tiếp tục đẩy mạnh các phong trào thi đua"]])],
    );
    expect(found.map((d) => [d.code, d.location.sheet, d.location.cell])).toEqual([
      ["exampleValue", "Thông tin", "B1"],
      ["exampleValue", "Thông tin", "B2"],
      ["exampleValue", "Thông tin", "B6"],
      ["exampleValue", "Phương hướng", "A1"],
    ]);
    expect(found[0]?.args).toMatchObject({ field: "Tên khối", found: "(ví dụ) Cụm thi đua số 02" });
  });

  it("are accepted once the mark is deleted, even when the value is the example's", () => {
    expect(problems({ "Tên khối": "Cụm thi đua số 02" })).toEqual([]);
  });
});

describe("the minutes' keys: Giờ họp, Giờ kết thúc, Thư ký hội nghị, Đơn vị vắng mặt", () => {
  it.each<[Plain, { hour: number; minute: number }]>([
    ["14 giờ 00", { hour: 14, minute: 0 }],
    ["8 giờ 30 phút", { hour: 8, minute: 30 }],
    ["14h30", { hour: 14, minute: 30 }],
    ["14:00", { hour: 14, minute: 0 }],
    ["7 GIO", { hour: 7, minute: 0 }],
    [14 / 24 + 15 / 1440, { hour: 14, minute: 15 }],
  ])("reads the time %j", (typed, time) => {
    expect(validate({ "Giờ họp": typed }).bloc?.info.meetingTime).toEqual(time);
  });

  it.each<Plain>(["chiều", "25 giờ", "14 giờ 75", { date: [1899, 12, 30] }])(
    "refuses the time %j, naming the cell",
    (typed) => {
      expect(problems({ "Giờ họp": typed })).toMatchObject([
        { code: "invalidTime", location: { cell: `B${INFO.length + 1}` }, args: { field: "Giờ họp" } },
      ]);
    },
  );

  it("reads the end time and the secretary", () => {
    const { bloc } = validate({ "Giờ kết thúc": "16 giờ 30", "Thư ký hội nghị": "Trần Thị Bình" });
    expect(bloc?.info).toMatchObject({ endTime: { hour: 16, minute: 30 }, secretary: "Trần Thị Bình" });
  });

  it.each<[string, string[]]>([
    ["SNV", ["SNV"]],
    ["SNV; Sở Tư pháp", ["SNV", "STP"]],
    ["SNV, STP", ["SNV", "STP"]],
    ["Trường Đại học Bắc Ninh, cơ sở 2; SNV", ["DHBN", "SNV"]],
  ])("resolves the absent units %j", (typed, codes) => {
    const { bloc, diagnostics } = validate({ "Đơn vị vắng mặt": typed });
    expect(diagnostics.filter((d) => d.severity !== "note")).toEqual([]);
    expect(bloc?.info.absent).toEqual(codes);
  });

  it("reports an absent unit it cannot find, with a suggestion", () => {
    expect(problems({ "Đơn vị vắng mặt": "SNV, Sở Tư phap tỉnh" })).toMatchObject([
      { code: "unknownUnit", args: { found: "Sở Tư phap tỉnh", suggestion: "Sở Tư pháp" } },
    ]);
  });
});
