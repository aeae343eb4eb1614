import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { buildUnitWorkbook } from "../../src/init/build-unit-workbook.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import { loadExcelJs } from "../../src/init/load-exceljs.js";
import { uniqueFileSlugs } from "../../src/init/safe-file-slug.js";
import { formulaOf, listFiles, readXlsx, rowTexts, sheetOf, sheetXml, tempDir } from "./init-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const criteria = EXAMPLE_CONTENT.criteria;

describe("--per-unit", () => {
  it("writes one self-scoring workbook per unit, named by a slug of its code", async () => {
    const result = await init({ dir, perUnit: true, force: false });
    const expected = [
      "khoi-thi-dua.xlsx",
      ...["bql", "duk-cq", "lhp", "duk-dn", "duk-dh"].map((s) => join("don-vi", `${s}.xlsx`)),
    ];
    expect(result.files).toEqual(expected.map((f) => join(dir, f)));
    expect(await listFiles(dir)).toEqual(["don-vi", ...expected].sort());
  });

  it("leaves the score sheets out of the bloc workbook: a unit scored twice is an error", async () => {
    await init({ dir, perUnit: true, force: false });
    const bloc = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    expect(bloc.worksheets.map((w) => w.name)).toEqual([
      "Thông tin",
      "Đơn vị",
      "Tiêu chí",
      "Phương hướng",
      "Quy tắc",
    ]);
  });

  it("holds one sheet named by the unit's code, with content, maximum, checks and the running total", async () => {
    await init({ dir, perUnit: true, force: false });
    const file = join(dir, "don-vi", "duk-cq.xlsx");
    const workbook = await readXlsx(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["DUK-CQ"]);
    const sheet = sheetOf(workbook, "DUK-CQ");
    // The bloc's year and name were not given: the form leaves them to fill, never the example's.
    expect(sheet.getCell("A1").text).toBe("BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ..........");
    expect(sheet.getCell("A2").text).toBe("Đơn vị: Đảng ủy Khối các cơ quan Thành phố (DUK-CQ) - ..........");
    expect(rowTexts(sheet, 3)).toEqual([
      "Mã tiêu chí",
      "Nội dung tiêu chí",
      "Điểm tối đa",
      "Tự chấm",
      "Khối chấm",
      "Ghi chú",
    ]);
    criteria.forEach((c, i) => {
      const r = 4 + i;
      expect(sheet.getCell(`A${r}`).value).toBe(c.code);
      expect(String(sheet.getCell(`B${r}`).value)).toContain(c.content);
      expect(sheet.getCell(`C${r}`).value).toBe(c.max);
      for (const col of ["D", "E"]) {
        expect(sheet.getCell(`${col}${r}`).value).toBeNull();
        // No Tiêu chí sheet to look up here: the bound is the criterion's maximum itself.
        expect(sheet.getCell(`${col}${r}`).dataValidation).toMatchObject({
          type: "decimal",
          operator: "between",
          formulae: [0, c.max],
        });
      }
    });
    const total = 4 + criteria.length;
    expect(sheet.getCell(`A${total}`).value).toBe("Tổng cộng");
    expect(formulaOf(sheet.getCell(`D${total}`))).toEqual({ formula: "SUM(D4:D11)-SUM(D12)", result: 0 });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(await sheetXml(await readFile(file), "DUK-CQ")).toContain("<formula2>30</formula2>");
  });

  it("titles every form with the bloc's year and name given to init", async () => {
    const { files } = await init({
      dir,
      perUnit: true,
      force: false,
      facts: { name: "Khối thi đua số 5", year: "2025" },
    });
    for (const file of files.slice(1)) {
      const sheet = (await readXlsx(file)).worksheets[0];
      expect(sheet?.getCell("A1").text).toBe("BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025");
      expect(sheet?.getCell("A2").text).toMatch(/ - Khối thi đua số 5$/);
    }
    const bloc = await readXlsx(files[0] ?? "");
    expect(sheetOf(bloc, "Thông tin").getCell("B1").value).toBe("Khối thi đua số 5");
    expect(sheetOf(bloc, "Thông tin").getCell("B2").value).toBe("Khối");
    expect(sheetOf(bloc, "Thông tin").getCell("B3").value).toBe(2025);
  });

  it("names files safely whatever the code: no path escapes, no device names, no collisions", async () => {
    const codes = ["../../x", "CON", "a/b", "A.B", "A-B", "Đơn vị", "", "nul"];
    const slugs = uniqueFileSlugs(codes);
    expect(slugs).toEqual(["x", "con-dv", "a-b", "a-b-2", "a-b-3", "don-vi", "don-vi-2", "nul-dv"]);
    for (const slug of slugs)
      expect(join(dir, "don-vi", `${slug}.xlsx`).startsWith(join(dir, "don-vi"))).toBe(true);
  });

  it("builds a unit workbook for any unit, independent of the example", async () => {
    const excel = await loadExcelJs();
    const workbook = buildUnitWorkbook(excel, EXAMPLE_CONTENT, { code: "STC", name: "Sở Tài chính" });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["STC"]);
  });
});
