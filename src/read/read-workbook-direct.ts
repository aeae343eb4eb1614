import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "./raw-workbook.js";
import { explainLoadError } from "./explain-load-error.js";
import type { ReadResult } from "./open-workbook-file.js";
import { MAX_SHEET_ROW, fail, openWorkbookFile } from "./open-workbook-file.js";
import { readXlsx } from "./xlsx/read-xlsx.js";
import { XlsxError } from "./xlsx/sheet-cell.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/** A workbook file → its sheets' values, read from the xlsx parts directly. Never writes the file. */
export async function readWorkbookDirect(file: string): Promise<ReadResult> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return opened.result;
  let read;
  try {
    read = readXlsx(opened.bytes, opened.entries, MAX_SHEET_ROW, opened.parts);
  } catch (error) {
    const reason = error instanceof XlsxError ? error.message : explainLoadError(error);
    return fail(file, { code: "fileUnreadable", args: { reason } });
  }
  const sheets: RawSheet[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { name, rows, merges, skipped } of read) {
    sheets.push({ name, rows, merges });
    if (skipped !== null) {
      diagnostics.push(
        diagnostic(
          "rowsBeyondLimit",
          "warning",
          { file, sheet: name, cell: skipped },
          { limit: groupDigits(MAX_SHEET_ROW) },
        ),
      );
    }
  }
  return { workbook: { file, sheets }, diagnostics };
}
