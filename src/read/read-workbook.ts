import type { ReadResult } from "./open-workbook-file.js";
import { readWorkbookWithExceljs } from "./read-workbook-exceljs.js";

export type { ReadResult } from "./open-workbook-file.js";
export { MAX_FILE_BYTES, MAX_SHEET_ROW } from "./open-workbook-file.js";

/** The edge where a workbook is read: a workbook file → its sheets' values. Never writes the file. */
export async function readWorkbook(file: string): Promise<ReadResult> {
  return readWorkbookWithExceljs(file);
}
