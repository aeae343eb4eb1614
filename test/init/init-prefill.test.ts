import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { ThiduaError } from "../../src/errors.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import { formulaOf, readXlsx, rowTexts, sheetOf, tempDir } from "./init-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

/** Odd but real: BOM, CRLF, blank lines, NBSP, NFD text, a repeat differing in case and diacritics. */
const UNITS_TEXT = [
  "\uFEFFSở Tài chính",
  "",
  "  Sở Tư pháp\u00a0",
  "Ủy ban nhân dân quận Ba Đình".normalize("NFD"),
  "SỞ TÀI CHÍNH",
  "Sở Tài chính tỉnh",
  "   ",
  "Trường THPT số 2",
  "",
].join("\r\n");

describe("--units", () => {
  it("prefills Đơn vị with generated codes and writes one score sheet per unit", async () => {
    const unitsFile = join(dir, "don-vi.txt");
    await writeFile(unitsFile, UNITS_TEXT, "utf8");
    const out = join(dir, "out");
    const result = await init({ dir: out, unitsFile, perUnit: false, force: false });
    expect(result.warnings).toEqual([`${unitsFile} › dòng 5: đơn vị "SỞ TÀI CHÍNH" bị lặp lại, bỏ qua`]);

    const workbook = await readXlsx(join(out, "khoi-thi-dua.xlsx"));
    const units = sheetOf(workbook, "Đơn vị");
    const rows = [2, 3, 4, 5, 6].map((r) => rowTexts(units, r).slice(0, 3));
    expect(rows).toEqual([
      ["1", "STC", "Sở Tài chính"],
      ["2", "STP", "Sở Tư pháp"],
      ["3", "UBNDQBD", "Ủy ban nhân dân quận Ba Đình"],
      ["4", "STCT", "Sở Tài chính tỉnh"],
      ["5", "TTHPTS2", "Trường THPT số 2"],
    ]);
    expect(units.getCell("C4").value).toBe("Ủy ban nhân dân quận Ba Đình".normalize("NFC"));
    expect(rowTexts(units, 7).filter((t) => t !== "")).toEqual([]);
    expect(workbook.worksheets.map((w) => w.name).slice(5)).toEqual([
      "STC",
      "STP",
      "UBNDQBD",
      "STCT",
      "TTHPTS2",
    ]);

    // Without --chair/--deputy, the first two units, marked as the example's: the secretary must say.
    const info = sheetOf(workbook, "Thông tin");
    expect(info.getCell("A11").value).toBe("Cụm trưởng");
    expect(info.getCell("B11").value).toBe("(ví dụ) STC");
    expect(info.getCell("B12").value).toBe("(ví dụ) STP");
  });

  it("accepts a UTF-16 file as Windows Notepad saves it", async () => {
    const unitsFile = join(dir, "don-vi-utf16.txt");
    await writeFile(
      unitsFile,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Sở Y tế\r\nSở Xây dựng\r\n", "utf16le")]),
    );
    await init({ dir, unitsFile, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    expect(rowTexts(sheetOf(workbook, "Đơn vị"), 3).slice(1, 3)).toEqual(["SXD", "Sở Xây dựng"]);
  });

  it("warns that a single unit cannot rotate, and leaves the deputy empty", async () => {
    const unitsFile = join(dir, "mot.txt");
    await writeFile(unitsFile, "Sở Y tế\n");
    const result = await init({ dir, unitsFile, perUnit: false, force: false });
    expect(result.warnings).toEqual([
      `${unitsFile}: chỉ có 1 đơn vị, luân phiên Khối/Cụm trưởng cần ít nhất 2`,
    ]);
    const info = sheetOf(await readXlsx(join(dir, "khoi-thi-dua.xlsx")), "Thông tin");
    expect(info.getCell("B11").value).toBe("(ví dụ) SYT");
    expect(info.getCell("B12").value).toBeNull();
  });

  it("refuses a file with no names, or not UTF-8, and writes nothing", async () => {
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "\uFEFF\r\n \r\n");
    await expect(init({ dir, unitsFile: empty, perUnit: false, force: false })).rejects.toMatchObject({
      kind: "input",
    });
    const latin = join(dir, "latin.txt");
    await writeFile(latin, Buffer.from([0x53, 0xf4, 0x0a])); // "Sô" in Latin-1
    await expect(init({ dir, unitsFile: latin, perUnit: false, force: false })).rejects.toBeInstanceOf(
      ThiduaError,
    );
    await expect(
      init({ dir, unitsFile: join(dir, "missing.txt"), perUnit: false, force: false }),
    ).rejects.toMatchObject({
      kind: "input",
    });
    expect(existsSync(join(dir, "khoi-thi-dua.xlsx"))).toBe(false);
  });
});

/** A secretary's own criteria workbook: a banner above the header, hand-typed headers, Roman headings. */
async function writeCriteriaWorkbook(file: string, rows: (string | number | null)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Thông tin").addRow(["Tên khối", "Khối thi đua số 5"]);
  const sheet = workbook.addWorksheet("TIEU CHI");
  sheet.addRow(["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024"]);
  sheet.addRow([]);
  sheet.addRow(["MÃ", "Noi dung", "Điểm tối đa (điểm)", "loai"]);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

describe("--criteria", () => {
  it("prefills Tiêu chí and the score sheets from another workbook's Tiêu chí", async () => {
    const criteriaFile = join(dir, "tieu-chi.xlsx");
    await writeCriteriaWorkbook(criteriaFile, [
      ["I", "Công tác chuyên môn", null, null],
      [1.1, "Hoàn thành kế hoạch năm", 40, null],
      ["1.2", "Cải cách hành chính", 20.5, "chuẩn"],
      ["II", "Công tác thi đua", null, null],
      ["2.1", "Phong trào thi đua", 39.5, "Chuẩn"],
      ["T", "Sáng kiến được công nhận", 3, "điểm thưởng"],
      ["TR", "Vi phạm chế độ báo cáo", 2, "Trừ"],
    ]);
    await init({ dir, criteriaFile, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    const criteria = sheetOf(workbook, "Tiêu chí");
    expect([2, 3, 4, 5, 6].map((r) => rowTexts(criteria, r))).toEqual([
      ["1.1", "Hoàn thành kế hoạch năm", "40", "chuẩn", "I. Công tác chuyên môn"],
      ["1.2", "Cải cách hành chính", "20.5", "chuẩn", "I. Công tác chuyên môn"],
      ["2.1", "Phong trào thi đua", "39.5", "chuẩn", "II. Công tác thi đua"],
      ["T", "Sáng kiến được công nhận", "3", "thưởng", "II. Công tác thi đua"],
      ["TR", "Vi phạm chế độ báo cáo", "2", "trừ", "II. Công tác thi đua"],
    ]);
    const score = sheetOf(workbook, EXAMPLE_CONTENT.units[0]?.code ?? "");
    expect([4, 5, 6, 7, 8].map((r) => score.getCell(`A${r}`).value)).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "T",
      "TR",
    ]);
    expect(score.getCell("A9").value).toBe("Tổng cộng");
    expect(formulaOf(score.getCell("D9"))).toEqual({ formula: "SUM(D4:D7)-SUM(D8)", result: 0 });
    expect(formulaOf(score.getCell("C5")).result).toBe(20.5);
  });

  it("reports every problem of a bad criteria sheet at once and writes nothing", async () => {
    const criteriaFile = join(dir, "tieu-chi-sai.xlsx");
    await writeCriteriaWorkbook(criteriaFile, [
      ["1", "Hoàn thành kế hoạch", "mười", null],
      ["1", "Trùng mã", 10, null],
      ["3", "Loại lạ", 5, "phụ"],
    ]);
    const error = await init({ dir, criteriaFile, perUnit: false, force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThiduaError);
    const thidua = error as ThiduaError;
    expect(thidua.kind).toBe("input");
    expect(thidua.diagnostics.map((d) => [d.code, d.location.cell ?? d.location.row])).toEqual([
      ["numberExpected", "C4"],
      ["duplicateCriterionCode", 5],
      ["invalidValue", "D6"],
    ]);
    expect(existsSync(join(dir, "khoi-thi-dua.xlsx"))).toBe(false);
  });

  it("says so when the workbook has no Tiêu chí sheet", async () => {
    const criteriaFile = join(dir, "khong-co.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["Mã", "Nội dung", "Điểm tối đa"]);
    await workbook.xlsx.writeFile(criteriaFile);
    await expect(init({ dir, criteriaFile, perUnit: false, force: false })).rejects.toMatchObject({
      kind: "input",
      diagnostics: [{ code: "sheetMissing" }],
    });
  });
});
