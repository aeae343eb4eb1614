import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInit } from "../../src/commands/init.js";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import type { InitCriterion } from "../../src/init/init-content.js";
import { loadBloc } from "../../src/load/load-bloc.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { fillSelfScores, formulaOf, pointsFor, readXlsx, sheetOf, tempDir } from "./init-helpers.js";

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

describe("the generated workbook, filled in, reads back through loadBloc with no error or warning", () => {
  it("layout 1: a score sheet per unit in the bloc workbook (Khối chấm left empty)", async () => {
    await runInit({ dir, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
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
    await runInit({ dir, perUnit: false, force: false });
    const workbook = await readXlsx(join(dir, "khoi-thi-dua.xlsx"));
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
    const { files } = await runInit({ dir, perUnit: true, force: false });
    const [blocFile, ...unitFiles] = files;
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
    await runInit({ dir: join(dir, "first"), perUnit: false, force: false });
    const first = await readXlsx(join(dir, "first", "khoi-thi-dua.xlsx"));
    await first.xlsx.writeFile(criteriaFile);

    const { files } = await runInit({
      dir: join(dir, "second"),
      unitsFile,
      criteriaFile,
      perUnit: false,
      force: false,
    });
    const workbook = await readXlsx(files[0] ?? "");
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
