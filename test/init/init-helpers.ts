import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { InitCriterion } from "../../src/init/init-content.js";

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(
  prefix = "thidua-init-",
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet)
    throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  return sheet;
}

/** Cell texts of a row, from column 1 up to the last filled one. */
export function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const texts: string[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, col) => {
    texts[col - 1] = cell.text;
  });
  return Array.from(texts, (t) => t ?? "");
}

/**
 * A formula cell's formula and cached result. exceljs drops a falsy result (0, "") from `cell.value`
 * (exceljs issue #2943), so the result is read from `cell.result`.
 */
export function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  const formula = cell.formula;
  if (typeof formula !== "string" || formula === "") {
    throw new Error(`${cell.address} holds no formula: ${JSON.stringify(cell.value)}`);
  }
  return { formula, result: cell.result };
}

/** The raw XML of a sheet part, to see what exceljs cannot read back (a validation bound by a cell). */
export async function sheetXml(file: Buffer, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheetTag = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbookXml);
  const target = sheetTag && new RegExp(`Id="${sheetTag[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  const path = target?.[1]?.replace(/^\/?(xl\/)?/, "xl/");
  const xml = path ? await zip.file(path)?.async("string") : undefined;
  if (!xml) throw new Error(`no part for sheet ${sheetName}`);
  return xml;
}

/** Files left in a folder (to check no temporary file survives). */
export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

/** Points a unit gives itself on a criterion in the round-trip tests: valid, distinct per unit. */
export function pointsFor(criterion: InitCriterion, unitIndex: number): number {
  if (criterion.type === "bonus") return 2;
  if (criterion.type === "deduction") return 1;
  return Math.max(0, criterion.max - 1 - unitIndex * 0.5);
}

/**
 * Fills a score sheet's `Tự chấm` cells (column D, from row 4) as a unit would, and sets the cached
 * result of the `Tổng cộng` formula as Excel does when it saves. Returns the total.
 */
export function fillSelfScores(
  sheet: ExcelJS.Worksheet,
  criteria: readonly InitCriterion[],
  unitIndex: number,
  { updateTotal = true }: { updateTotal?: boolean } = {},
): number {
  let total = 0;
  criteria.forEach((criterion, i) => {
    const points = pointsFor(criterion, unitIndex);
    sheet.getCell(`D${4 + i}`).value = points;
    total += criterion.type === "deduction" ? -points : points;
  });
  const totalCell = sheet.getCell(`D${4 + criteria.length}`);
  if (updateTotal) totalCell.value = { formula: formulaOf(totalCell).formula, result: total };
  return total;
}

/**
 * Replaces every value `init` marked as the example's by the same value unmarked, as a secretary who
 * keeps them would retype them: `(ví dụ) 2023` → 2023, `(ví dụ) 16/01/2024` → that date.
 */
export function replaceExamples(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string" || !cell.value.startsWith("(ví dụ) ")) return;
        const value = cell.value.slice("(ví dụ) ".length);
        const date = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(value);
        cell.value = /^\d{4}$/.test(value)
          ? Number(value)
          : date
            ? new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])))
            : value;
      }),
    );
  }
}
