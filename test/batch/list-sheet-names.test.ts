import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listSheetNames } from "../../src/batch/list-sheet-names.js";
import { writeZip } from "../../src/write/zip/write-zip.js";
import { readWorkbook } from "../../src/read/read-workbook.js";
import { unzipFiles } from "../../scripts/lib/zip-files.js";
import { workbookElsewhere } from "../read/producers/package-variations.js";
import { FIXTURES, tempDir, writeSheets } from "./batch-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

describe("listSheetNames", () => {
  it("reads the sheet names of an exceljs workbook, XML entities decoded", async () => {
    const file = join(dir, "a.xlsx");
    await writeSheets(file, ["Thông tin", "Công ty A & B", "O'Brien"]);
    expect(await listSheetNames(file)).toEqual(["Thông tin", "Công ty A & B", "O'Brien"]);
  });

  it("reads a workbook saved by LibreOffice", async () => {
    const names = await listSheetNames(join(FIXTURES, "clean-sheet-per-unit.lo.xlsx"));
    expect(names?.slice(0, 3)).toEqual(["Thông tin", "Đơn vị", "Tiêu chí"]);
  });

  it("finds the workbook part where the package's relationships put it, as the reader does", async () => {
    const file = join(dir, "moved.xlsx");
    const parts = unzipFiles(await readFile(join(FIXTURES, "clean-sheet-per-unit.xlsx")));
    await writeFile(file, writeZip(workbookElsewhere(parts)));
    const read = await readWorkbook(file);
    expect(read.workbook).not.toBeNull();
    expect(await listSheetNames(file)).toEqual(read.workbook?.sheets.map((s) => s.name));
  });

  it.each([
    ["an empty file", Buffer.alloc(0)],
    ["a text file", Buffer.from("Mã,Tên\nBQL,Ban Quản lý\n")],
    ["a zip cut short", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])("gives null for %s", async (_, bytes) => {
    const file = join(dir, "x.xlsx");
    await writeFile(file, bytes);
    expect(await listSheetNames(file)).toBeNull();
  });

  it("gives null for a file that does not exist", async () => {
    expect(await listSheetNames(join(dir, "khong-co.xlsx"))).toBeNull();
  });

  it("gives null for a half-downloaded workbook", async () => {
    const whole = join(dir, "whole.xlsx");
    await copyFile(join(FIXTURES, "clean-sheet-per-unit.xlsx"), whole);
    const bytes = await readFile(whole);
    const half = join(dir, "half.xlsx");
    await writeFile(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await listSheetNames(half)).toBeNull();
  });
});
