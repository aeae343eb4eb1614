import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "./raw-workbook.js";
import { convertOldWorkbooks, sniffOldFormat } from "./convert-old-workbooks.js";
import { OLD_FORMAT_NAMES, oldWorkbookFormat } from "./old-workbook-format.js";
import type { ReadResult } from "./open-workbook-file.js";
import { checkWorkbookBytes, fail, readWorkbookBytes } from "./open-workbook-file.js";
import { readXlsx } from "./xlsx/read-xlsx.js";
import { XlsxError } from "./xlsx/xlsx-error.js";
import { groupDigits } from "../diagnostics/group-digits.js";

export type { ReadResult } from "./open-workbook-file.js";
export { MAX_FILE_BYTES } from "./open-workbook-file.js";

/**
 * Rows read per sheet. A bloc's tables have a few hundred rows; a value far below them (a stray
 * keystroke at row 1 048 576) is reported and skipped rather than making every check walk a
 * million empty rows on every sheet — text with a warning, anything that could be points with an error.
 */
export const MAX_SHEET_ROW = 20_000;

export interface ReadOptions {
  /** Old-format files already converted by `convertOldWorkbooks`: each file as given → its .xlsx copy. */
  converted?: ReadonlyMap<string, string>;
}

/** An xlsx workbook's bytes → its sheets' values; messages name `file`. */
export async function readWorkbookBuffer(bytes: Buffer, file: string): Promise<ReadResult> {
  const checked = await checkWorkbookBytes(bytes, file);
  if (!checked.ok) return checked.result;
  let read;
  try {
    read = readXlsx(bytes, checked.zip, MAX_SHEET_ROW);
  } catch (error) {
    const reason =
      error instanceof XlsxError
        ? error.message
        : `cấu trúc bên trong tệp không hợp lệ (${error instanceof Error ? error.message : String(error)})`;
    return fail(file, { code: "fileUnreadable", args: { reason } });
  }
  const sheets: RawSheet[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { name, rows, merges, skipped, skippedPoints } of read) {
    sheets.push({ name, rows, merges });
    // Points the reader cannot reach would be lost: an error naming the cell (workbook.md's iron
    // rule); stray text there only a warning.
    const at = (cell: string) => ({ file, sheet: name, cell });
    const limit = { limit: groupDigits(MAX_SHEET_ROW) };
    if (skippedPoints !== null)
      diagnostics.push(diagnostic("pointsBeyondLimit", "error", at(skippedPoints), limit));
    else if (skipped !== null) diagnostics.push(diagnostic("rowsBeyondLimit", "warning", at(skipped), limit));
  }
  return { workbook: { file, sheets }, diagnostics };
}

/** The .xlsx copy LibreOffice made of an old-format `file`, read as `file`, with a note saying so. */
async function readConverted(copy: string, file: string): Promise<ReadResult> {
  const loaded = readWorkbookBytes(copy, file);
  if (!loaded.ok) return loaded.result;
  const result = await readWorkbookBuffer(loaded.bytes, file);
  const format = sniffOldFormat(file);
  const note = diagnostic(
    "convertedOldFormat",
    "note",
    { file },
    { format: OLD_FORMAT_NAMES[format ?? "xls"] },
  );
  return { workbook: result.workbook, diagnostics: [note, ...result.diagnostics] };
}

/**
 * The edge where a workbook is read: a workbook file → its sheets' values, read from the xlsx parts
 * directly (an xlsx library cost several hundred ms per bloc to load and run, and only the values are
 * needed). An .xls or .ods is read from the copy in `options.converted`, else converted here by
 * LibreOffice on its own. Never writes the file.
 */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const copy = options.converted?.get(file);
  if (copy !== undefined) return readConverted(copy, file);
  const loaded = readWorkbookBytes(file);
  if (!loaded.ok) return loaded.result;
  if (oldWorkbookFormat(loaded.bytes, file) === null) return readWorkbookBuffer(loaded.bytes, file);
  const conversion = await convertOldWorkbooks([file]);
  try {
    const made = conversion.converted.get(file);
    if (made === undefined) return { workbook: null, diagnostics: conversion.diagnostics };
    return await readConverted(made, file);
  } finally {
    await conversion.cleanup();
  }
}
