import { describe, expect, it } from "vitest";
import type { CellValue, RawSheet } from "../../src/read/raw-workbook.js";
import { validateBloc } from "../../src/validate/validate-bloc.js";

/*
 * The `Khen thưởng` sheet (distinctions received before, for the achievement reports) and the
 * `Cấp trên trực tiếp` column of `Đơn vị`, through the pure validate stage: a small bloc written as
 * plain rows, a `Bảng điểm` matrix holding the scores.
 */

type Plain = string | number | null;

const cell = (v: Plain): CellValue =>
  v === null
    ? { kind: "empty" }
    : typeof v === "number"
      ? { kind: "number", value: v }
      : { kind: "text", value: v };
const sheet = (name: string, rows: Plain[][]): RawSheet => ({ name, rows: rows.map((r) => r.map(cell)) });

function validate(
  extra: RawSheet[],
  units: Plain[][] = [
    ["Mã", "Tên đơn vị"],
    ["STC", "Sở Tài chính"],
    ["STP", "Sở Tư pháp"],
  ],
) {
  return validateBloc({
    bloc: {
      file: "khoi.xlsx",
      sheets: [
        sheet("Thông tin", [
          ["Tên khối", "Khối thi đua số 2"],
          ["Năm", 2024],
          ["Cấp trên", "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh"],
          ["Địa danh", "Bắc Ninh"],
          ["Ngày họp", "15/01/2025"],
          ["Khối trưởng", "STC"],
        ]),
        sheet("Đơn vị", units),
        sheet("Tiêu chí", [
          ["Mã", "Nội dung", "Điểm tối đa"],
          ["1", "Nhiệm vụ", 100],
        ]),
        sheet("Bảng điểm", [
          ["Mã", "1"],
          ["STC", 95],
          ["STP", 90],
        ]),
        ...extra,
      ],
    },
    unitWorkbooks: [],
  });
}
const problems = (extra: RawSheet[]) => validate(extra).diagnostics.filter((d) => d.severity !== "note");

const HEADER: Plain[] = ["STT", "Đơn vị", "Năm", "Hình thức", "Quyết định"];

describe("the Khen thưởng sheet", () => {
  it("reads each row as a unit's distinction, by code or by name, the decision optional", () => {
    const { bloc, diagnostics } = validate([
      sheet("Khen thưởng", [
        ["DANH SÁCH KHEN THƯỞNG CÁC NĂM TRƯỚC"],
        [],
        HEADER,
        [1, "STC", 2022, "Cờ thi đua của Ủy ban nhân dân tỉnh", "Quyết định số 12/QĐ-UBND ngày 10/02/2023"],
        [2, "so tu phap", "2023", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", null],
      ]),
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(bloc?.history).toEqual([
      {
        unit: "STC",
        year: 2022,
        award: "Cờ thi đua của Ủy ban nhân dân tỉnh",
        decision: "Quyết định số 12/QĐ-UBND ngày 10/02/2023",
        location: { file: "khoi.xlsx", sheet: "Khen thưởng", row: 4 },
      },
      {
        unit: "STP",
        year: 2023,
        award: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        decision: null,
        location: { file: "khoi.xlsx", sheet: "Khen thưởng", row: 5 },
      },
    ]);
  });

  it("is not taken for a unit's score sheet, though it holds numbers (its years)", () => {
    const found = problems([
      sheet("KHEN THUONG", [HEADER, [1, "STC", 2022, "Tập thể lao động xuất sắc", null]]),
    ]);
    expect(found).toEqual([]);
  });

  it("names the cell of a unit that is not a member, with the closest member", () => {
    expect(
      problems([sheet("Khen thưởng", [HEADER, [1, "Sở Tài chánh", 2022, "Bằng khen", null]])]),
    ).toMatchObject([
      {
        code: "unknownUnit",
        severity: "error",
        location: { sheet: "Khen thưởng", cell: "B2" },
        args: { found: "Sở Tài chánh", suggestionCode: "STC" },
      },
    ]);
  });

  it.each<[string, Plain]>([
    ["a word", "năm ngoái"],
    ["a fraction", 2022.5],
    ["a year before the Republic", 1900],
  ])("refuses a year that is %s", (_, year) => {
    expect(problems([sheet("Khen thưởng", [HEADER, [1, "STC", year, "Bằng khen", null]])])).toMatchObject([
      { code: "invalidValue", severity: "error", location: { cell: "C2" }, args: { field: "Năm" } },
    ]);
  });

  it("asks for the award and the year a row leaves empty", () => {
    const found = problems([
      sheet("Khen thưởng", [
        HEADER,
        [1, "STC", 2022, "Bằng khen", null],
        [2, "STP", null, null, "Quyết định số 5"],
      ]),
    ]);
    expect(found.map((d) => [d.code, d.location.cell])).toEqual([
      ["valueRequired", "C3"],
      ["valueRequired", "D3"],
    ]);
  });

  it("leaves history absent when the workbook has no such sheet", () => {
    expect(validate([]).bloc?.history).toBeUndefined();
  });
});

describe("the Cấp trên trực tiếp column", () => {
  it("gives each unit its superior, null where the cell is empty", () => {
    const { bloc } = validate(
      [],
      [
        ["Mã", "Tên đơn vị", "Cấp trên trực tiếp"],
        ["STC", "Sở Tài chính", "Ủy ban nhân dân tỉnh Bắc Ninh"],
        ["STP", "Sở Tư pháp", null],
      ],
    );
    expect(bloc?.units.map((u) => [u.code, u.superior])).toEqual([
      ["STC", "Ủy ban nhân dân tỉnh Bắc Ninh"],
      ["STP", null],
    ]);
  });
});
