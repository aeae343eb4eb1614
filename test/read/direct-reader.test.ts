/**
 * The reader against exceljs, its differential oracle: every workbook of test/fixtures/ and samples/
 * must read to the same values, sheets and diagnostics whichever reader opened it. (The reader's own
 * fixes, where exceljs reads a file otherwise than Excel shows it, are tested in xlsx-cells.test.ts.)
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read/read-workbook.js";
import { readWorkbookWithExceljs } from "./oracle/read-workbook-exceljs.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function workbooks(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return workbooks(path);
    return name.endsWith(".xlsx") ? [path] : [];
  });
}

const files = [...workbooks(join(ROOT, "test/fixtures")), ...workbooks(join(ROOT, "samples"))];

describe("reader matches exceljs", () => {
  it("finds workbooks to compare", () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))("%s", async (_title, file) => {
    const [direct, exceljs] = await Promise.all([readWorkbook(file), readWorkbookWithExceljs(file)]);
    expect(direct).toStrictEqual(exceljs);
  });
});
