/**
 * The direct xlsx reader against exceljs: every workbook of test/fixtures/ and samples/ must read
 * to the same values, sheets and diagnostics whichever reader opened it.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readWorkbookDirect } from "../../src/read/read-workbook-direct.js";
import { readWorkbookWithExceljs } from "../../src/read/read-workbook-exceljs.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function workbooks(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return workbooks(path);
    return name.endsWith(".xlsx") ? [path] : [];
  });
}

const files = [...workbooks(join(ROOT, "test/fixtures")), ...workbooks(join(ROOT, "samples"))];

describe("direct reader matches exceljs", () => {
  it("finds workbooks to compare", () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))("%s", async (_title, file) => {
    const [direct, exceljs] = await Promise.all([readWorkbookDirect(file), readWorkbookWithExceljs(file)]);
    expect(direct).toStrictEqual(exceljs);
  });
});
