import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { EXAMPLE_CONTENT } from "../../src/init/example-content.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { fillSelfScores, formulaOf, readXlsx, replaceExamples, sheetOf, tempDir } from "./init-helpers.js";

/**
 * The generated workbooks survive LibreOffice: filled in, re-saved by `soffice`, they still read back
 * cleanly, and LibreOffice computes the same totals and look-ups as the cached results `init` wrote.
 * In CI a missing soffice fails the test instead of skipping it.
 */
const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined;
const required = process.env.CI !== undefined && process.env.CI !== "";

let dir: string;
let cleanup: () => Promise<void>;
let profile: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("thidua-init-lo-"));
  // A private LibreOffice profile that recalculates every formula on load (by default LibreOffice
  // keeps the cached results of an .xlsx), so its own results can be compared with ours.
  profile = join(dir, `lo-${process.pid}`);
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
});
afterAll(() => cleanup());

/** Re-saves workbooks with LibreOffice into `outDir` (same base names). */
function resave(files: readonly string[], outDir: string): string[] {
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.error || run.status !== 0) throw new Error(`soffice failed: ${run.error?.message ?? run.stderr}`);
  return files.map((f) => join(outDir, basename(f)));
}

const problems = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity !== "note").map((d) => `${d.severity}: ${formatDiagnostic(d)}`);

const criteria = EXAMPLE_CONTENT.criteria;
const TOTAL = 4 + criteria.length;

describe.skipIf(!hasSoffice && !required)("LibreOffice re-save round trip", { tags: ["libreoffice"] }, () => {
  it("has soffice (required in CI)", () => {
    expect(hasSoffice, "soffice is not installed; the LibreOffice round trip cannot run").toBe(true);
  });

  it("bloc workbook: LibreOffice recomputes the totals and look-ups, and the result reads back cleanly", async () => {
    const out = join(dir, "bloc");
    await init({ dir: out, perUnit: false, force: false });
    const untouched = resave([join(out, "khoi-thi-dua.xlsx")], join(out, "lo-empty"))[0] ?? "";
    const empty = await readXlsx(untouched);
    for (const unit of EXAMPLE_CONTENT.units) {
      const sheet = sheetOf(empty, unit.code);
      expect(sheet.getCell(`D${TOTAL}`).result, unit.code).toBe(0);
      criteria.forEach((c, i) => expect(sheet.getCell(`C${4 + i}`).result).toBe(c.max));
    }

    // Fill the scores but leave the cached totals stale: LibreOffice must compute them.
    const workbook = await readXlsx(join(out, "khoi-thi-dua.xlsx"));
    replaceExamples(workbook);
    const totals = EXAMPLE_CONTENT.units.map((unit, i) =>
      fillSelfScores(sheetOf(workbook, unit.code), criteria, i, { updateTotal: false }),
    );
    const filled = join(out, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    const resaved = resave([filled], join(out, "lo"))[0] ?? "";

    const back = await readXlsx(resaved);
    EXAMPLE_CONTENT.units.forEach((unit, i) => {
      const sheet = sheetOf(back, unit.code);
      expect(sheet.getCell(`D${TOTAL}`).result, unit.code).toBeCloseTo(totals[i] ?? NaN, 9);
      expect(formulaOf(sheet.getCell(`D${TOTAL}`)).formula).toBe("SUM(D4:D11)-SUM(D12)");
      expect(sheet.getCell("D4").dataValidation).toMatchObject({ type: "decimal", operator: "between" });
    });
    expect(sheetOf(back, "Đơn vị").getCell("F2").dataValidation).toMatchObject({ type: "list" });

    const { bloc, diagnostics } = await loadBloc([resaved]);
    expect(problems(diagnostics)).toEqual([]);
    expect(bloc?.units).toHaveLength(EXAMPLE_CONTENT.units.length);
    expect(bloc?.info.meetingDate).toEqual({ year: 2024, month: 1, day: 16 });
  });

  it("per-unit workbooks: re-saved by LibreOffice, they read back with the bloc workbook", async () => {
    const out = join(dir, "per-unit");
    const { files } = await init({ dir: out, perUnit: true, force: false });
    const [blocFile = "", ...unitFiles] = files;
    const blocWorkbook = await readXlsx(blocFile);
    replaceExamples(blocWorkbook);
    await blocWorkbook.xlsx.writeFile(blocFile);
    for (const [i, file] of unitFiles.entries()) {
      const workbook = await readXlsx(file);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(`${file} has no sheet`);
      fillSelfScores(sheet, criteria, i, { updateTotal: false });
      await workbook.xlsx.writeFile(file);
    }
    const resaved = resave([blocFile, ...unitFiles], join(out, "lo"));
    const { bloc, diagnostics } = await loadBloc(resaved);
    expect(problems(diagnostics)).toEqual([]);
    expect(Object.keys(bloc?.scores ?? {})).toEqual(EXAMPLE_CONTENT.units.map((u) => u.code));
  });
});
