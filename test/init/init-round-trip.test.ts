import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import type { InitCriterion } from "../../src/init/init-content.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import {
  fillSelfScores,
  formulaOf,
  pointsFor,
  readXlsx,
  replaceExamples,
  sheetOf,
  tempDir,
} from "./init-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

/** Errors and warnings as lines (notes, such as the reference columns the reader ignores, are fine). */
const problems = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity !== "note").map((d) => `${d.severity}: ${formatDiagnostic(d)}`);

const criteria = EXAMPLE_CONTENT.criteria;
const hundredths = (c: InitCriterion, unitIndex: number): number => Math.round(pointsFor(c, unitIndex) * 100);

describe("the generated workbook, its examples replaced and its scores filled, reads back with no error or warning", () => {
  it("layout 1: a score sheet per unit in the bloc workbook (Khối chấm left empty)", async () => {
    await init({ dir, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    replaceExamples(workbook);
    EXAMPLE_CONTENT.units.forEach((unit, i) => fillSelfScores(sheetOf(workbook, unit.code), criteria, i));
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { bloc, diagnostics } = await loadBloc([filled]);
    expect(problems(diagnostics)).toEqual([]);
    expect(bloc?.units.map((u) => u.code)).toEqual(EXAMPLE_CONTENT.units.map((u) => u.code));
    expect(bloc?.criteria.map((c) => [c.code, c.max / 100, c.type])).toEqual(
      criteria.map((c) => [c.code, c.max, c.type]),
    );
    expect(bloc?.info).toMatchObject({
      name: "Cụm thi đua số 02",
      kind: "cum",
      year: 2023,
      chair: "BQL",
      deputy: "DUK-CQ",
    });
    expect(bloc?.plan).toHaveLength(1);
    EXAMPLE_CONTENT.units.forEach((unit, i) => {
      for (const c of criteria) {
        expect(bloc?.scores[unit.code]?.[c.code]).toMatchObject({ points: hundredths(c, i), source: "self" });
      }
    });
  });

  it("layout 1 with Khối chấm filled on some rows: both totals check out", async () => {
    await init({ dir, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    replaceExamples(workbook);
    const sheet = sheetOf(workbook, "LHP");
    EXAMPLE_CONTENT.units.forEach((unit, i) => fillSelfScores(sheetOf(workbook, unit.code), criteria, i));
    sheet.getCell("E4").value = 25;
    sheet.getCell("E12").value = 2; // a deduction agreed by the bloc
    const total = sheet.getCell(`E${4 + criteria.length}`);
    total.value = { formula: formulaOf(total).formula, result: 23 };
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { bloc, diagnostics } = await loadBloc([filled]);
    expect(problems(diagnostics)).toEqual([]);
    expect(bloc?.scores.LHP?.["1.1"]).toMatchObject({ points: 2500, source: "bloc" });
    expect(bloc?.scores.LHP?.["5.1"]).toMatchObject({ points: 200, source: "bloc" });
  });

  it("layout 2: per-unit workbooks passed after the bloc workbook", async () => {
    const { files } = await init({ dir, perUnit: true, force: false });
    const [blocFile, ...unitFiles] = files;
    const blocWorkbook = await readXlsx(blocFile ?? "");
    replaceExamples(blocWorkbook);
    await blocWorkbook.xlsx.writeFile(blocFile ?? "");
    for (const [i, file] of unitFiles.entries()) {
      const workbook = await readXlsx(file);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(`${file} has no sheet`);
      fillSelfScores(sheet, criteria, i);
      await workbook.xlsx.writeFile(file);
    }
    const { bloc, diagnostics } = await loadBloc([blocFile ?? "", ...unitFiles]);
    expect(problems(diagnostics)).toEqual([]);
    expect(Object.keys(bloc?.scores ?? {})).toEqual(EXAMPLE_CONTENT.units.map((u) => u.code));
  });

  it("with --units and --criteria: the secretary's own units and criteria", async () => {
    const unitsFile = join(dir, "don-vi.txt");
    await writeFile(unitsFile, "\uFEFFSở Tài chính\r\nSở Tư pháp\r\n\r\nSở Nội vụ\r\nSở Tài chính\r\n");
    const criteriaFile = join(dir, "filled-example.xlsx");
    await init({ dir: join(dir, "first"), perUnit: false, force: false });
    const first = await readXlsx(join(dir, "first", "khoi-thi-dua.xlsx"));
    await first.xlsx.writeFile(criteriaFile);

    const { files } = await init({
      dir: join(dir, "second"),
      unitsFile,
      criteriaFile,
      perUnit: false,
      force: false,
    });
    const workbook = await readXlsx(files[0] ?? "");
    replaceExamples(workbook);
    ["STC", "STP", "SNV"].forEach((code, i) => fillSelfScores(sheetOf(workbook, code), criteria, i));
    const filled = join(dir, "second", "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { bloc, diagnostics } = await loadBloc([filled]);
    expect(problems(diagnostics)).toEqual([]);
    expect(bloc?.units.map((u) => [u.code, u.name])).toEqual([
      ["STC", "Sở Tài chính"],
      ["STP", "Sở Tư pháp"],
      ["SNV", "Sở Nội vụ"],
    ]);
    expect(bloc?.info).toMatchObject({ chair: "STC", deputy: "STP" });
  });
});

describe("example values left in place are refused (issue 12)", () => {
  it("init --units, scores typed, nothing else: an error at each example cell, and nothing else", async () => {
    const unitsFile = join(dir, "don-vi.txt");
    await writeFile(unitsFile, "Sở Tài chính\nSở Tư pháp\nSở Nội vụ\n");
    const { files } = await init({ dir, unitsFile, perUnit: false, force: false });
    const workbook = await readXlsx(files[0] ?? "");
    ["STC", "STP", "SNV"].forEach((code, i) => fillSelfScores(sheetOf(workbook, code), criteria, i));
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { bloc, diagnostics } = await loadBloc([filled]);
    expect(bloc).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.every((d) => d.code === "exampleValue")).toBe(true);
    expect(errors.map((d) => `${d.location.sheet ?? ""}!${d.location.cell ?? ""}`)).toEqual([
      ...["B1", "B3", "B4", "B5", "B6", "B7", "B10", "B11", "B12", "B16", "B17"].map((c) => `Thông tin!${c}`),
      "Phương hướng!A1",
    ]);
  });

  it("without --units, the example units are refused too", async () => {
    await init({ dir, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
    EXAMPLE_CONTENT.units.forEach((unit, i) => fillSelfScores(sheetOf(workbook, unit.code), criteria, i));
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    const { diagnostics } = await loadBloc([filled]);
    const units = diagnostics.filter((d) => d.code === "exampleValue" && d.location.sheet === "Đơn vị");
    expect(units.map((d) => d.location.cell)).toEqual(["C2", "C3", "C4", "C5", "C6"]);
  });

  it("with every fact given, only the example plan is left to write", async () => {
    const unitsFile = join(dir, "don-vi.txt");
    await writeFile(unitsFile, "Sở Tài chính\nSở Tư pháp\nSở Nội vụ\n");
    const { files } = await init({
      dir,
      unitsFile,
      perUnit: false,
      force: false,
      facts: {
        name: "Khối thi đua số 5",
        year: "2025",
        council: "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh",
        authority: "Ủy ban nhân dân tỉnh",
        place: "Bắc Ninh",
        date: "15/01/2026",
        time: "14:00",
        venue: "Sở Tài chính",
        chair: "Sở Tư pháp",
        deputy: "snv",
        signer: "Nguyễn Văn An",
        signerTitle: "Giám đốc",
        secretary: "Trần Thị Bình",
        format: "dang",
      },
    });
    const workbook = await readXlsx(files[0] ?? "");
    ["STC", "STP", "SNV"].forEach((code, i) => fillSelfScores(sheetOf(workbook, code), criteria, i));
    const filled = join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const { diagnostics } = await loadBloc([filled]);
    expect(problems(diagnostics).map((p) => p.split(":")[0])).toEqual(["error"]);
    expect(diagnostics.find((d) => d.severity === "error")).toMatchObject({
      code: "exampleValue",
      location: { sheet: "Phương hướng", cell: "A1" },
    });
    sheetOf(workbook, "Phương hướng").getCell("A1").value =
      "1. Tiếp tục đẩy mạnh phong trào thi đua năm 2026.";
    await workbook.xlsx.writeFile(filled);
    const done = await loadBloc([filled]);
    expect(problems(done.diagnostics)).toEqual([]);
    expect(done.bloc?.info).toMatchObject({
      name: "Khối thi đua số 5",
      kind: "khoi",
      year: 2025,
      meetingDate: { year: 2026, month: 1, day: 15 },
      meetingTime: { hour: 14, minute: 0 },
      chair: "STP",
      deputy: "SNV",
      signer: "Nguyễn Văn An",
      secretary: "Trần Thị Bình",
      format: "party",
    });
    expect(done.bloc?.plan).toEqual(["1. Tiếp tục đẩy mạnh phong trào thi đua năm 2026."]);
  });
});

describe("the facts given to init are checked before anything is written", () => {
  it.each<[string, Record<string, string>, string]>([
    ["a year that is not one", { year: "25" }, "--year"],
    ["a date that is not one", { date: "15-1" }, "--date"],
    ["a meeting date outside the year's conference season", { year: "2025", date: "16/01/2025" }, "--date"],
    ["an unknown kind", { kind: "nhóm" }, "--kind"],
    ["an unknown format", { format: "word" }, "--format"],
    ["a time that is not one", { time: "chiều" }, "--time"],
    ["an empty name", { name: " " }, "--name"],
    [
      "an unknown chair, with the closest unit",
      { chair: "LPH" },
      'có phải "Trường Đào tạo cán bộ Lê Hồng Phong" (LHP)',
    ],
    [
      "the same unit as chair and deputy",
      { chair: "BQL", deputy: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội" },
      "--chair và --deputy",
    ],
  ])("%s", async (_, facts, says) => {
    const error = await init({ dir, perUnit: false, force: false, facts }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "usage" });
    expect(String((error as Error).message)).toContain(says);
    expect(existsSync(join(dir, "khoi-thi-dua.xlsx"))).toBe(false);
  });

  it("lists every problem at once", async () => {
    const error = await init({
      dir,
      perUnit: false,
      force: false,
      facts: { year: "x", kind: "y", chair: "z" },
    }).catch((e: unknown) => e);
    const message = String((error as Error).message);
    for (const option of ["--year", "--kind", "--chair"]) expect(message).toContain(option);
  });
});
