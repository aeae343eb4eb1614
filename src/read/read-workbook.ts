import type { ReadResult } from "./open-workbook-file.js";
import { readWorkbookDirect } from "./read-workbook-direct.js";

export type { ReadResult } from "./open-workbook-file.js";
export { MAX_FILE_BYTES, MAX_SHEET_ROW } from "./open-workbook-file.js";

/**
 * The edge where a workbook is read: a workbook file → its sheets' values. Never writes the file.
 * The xlsx parts are read directly (`xlsx/`): exceljs cost several hundred ms per bloc to load and
 * run, and only the values are needed. `readWorkbookWithExceljs` is kept for the differential test.
 */
export async function readWorkbook(file: string): Promise<ReadResult> {
  return readWorkbookDirect(file);
}
