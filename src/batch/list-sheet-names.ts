import { indexParts, locateWorkbook } from "../read/inspect/locate-workbook.js";
import { WORKBOOK_LIMITS } from "../read/inspect/workbook-limits.js";
import { readWorkbookBytes } from "../read/open-workbook-file.js";
import { readZipDirectory } from "../read/zip/read-zip-directory.js";

/**
 * The sheet names of an .xlsx file, found as the reader finds them (the package's relationships to
 * the workbook part, its sheet list) but without reading any sheet: batch discovery uses it to tell a
 * bloc workbook (it has a `Thông tin` sheet) from a unit's. Null when the file is not a readable
 * workbook (the bloc's own run then reports why).
 */
export async function listSheetNames(file: string): Promise<string[] | null> {
  const read = readWorkbookBytes(file);
  if (!read.ok) return null;
  const directory = readZipDirectory(read.bytes, WORKBOOK_LIMITS.entries);
  if (!directory.ok) return null;
  const located = await locateWorkbook(read.bytes, indexParts(directory.entries), new Map());
  return located.ok ? located.package.sheets.map((s) => s.name) : null;
}
