import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawWorkbook } from "./raw-workbook.js";
import { explainLoadError } from "./explain-load-error.js";
import { inspectZip, type InflatedParts } from "./inspect-zip.js";
import type { ZipEntry } from "./read-zip-directory.js";
import { sniffFile } from "./sniff-file.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/** Largest workbook file accepted; a bloc's workbook is a few hundred KB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Rows read per sheet. A bloc's tables have a few hundred rows; a value far below them (a stray
 * keystroke at row 1 048 576) is reported and skipped rather than making every check walk a
 * million empty rows on every sheet.
 */
export const MAX_SHEET_ROW = 20_000;

export interface ReadResult {
  workbook: RawWorkbook | null;
  diagnostics: Diagnostic[];
}

/** A workbook refused: one error about the whole file. */
export function fail(file: string, d: Omit<Diagnostic, "location" | "severity">): ReadResult {
  return { workbook: null, diagnostics: [diagnostic(d.code, "error", { file }, d.args)] };
}

const megabytes = (n: number): string => `${groupDigits(Math.ceil(n / (1024 * 1024)))} MB`;

/** The workbook's bytes and zip entries, checked and fit to read; or the result that refuses it. */
export type OpenedWorkbook =
  { ok: true; bytes: Buffer; entries: ZipEntry[]; parts: InflatedParts } | { ok: false; result: ReadResult };

/**
 * Everything before the cells are read: the path is a readable file of sane size, it is an xlsx
 * zip (not an .xls, a picture, an encrypted workbook) and the archive passes `inspectZip`.
 * The file is read synchronously: it is at most 50 MB, read once, and a bloc's dozen small files
 * each spent longer waiting on the thread pool (stat, open, read, close) than being read.
 */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  const refuse = (d: Omit<Diagnostic, "location" | "severity">): OpenedWorkbook => ({
    ok: false,
    result: fail(file, d),
  });
  let size: number;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return refuse({ code: "fileUnreadable", args: { reason: "đây là một thư mục" } });
    // A FIFO or a device (/dev/zero) would be read forever.
    if (!info.isFile())
      return refuse({ code: "fileUnreadable", args: { reason: "đây không phải là một tệp" } });
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "EACCES" || code === "EPERM"
      ? refuse({ code: "fileUnreadable", args: { reason: "không có quyền đọc tệp" } })
      : refuse({ code: "fileNotFound", args: {} });
  }
  if (size > MAX_FILE_BYTES) {
    return refuse({ code: "tooLarge", args: { found: megabytes(size), limit: megabytes(MAX_FILE_BYTES) } });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "không có quyền đọc tệp" : explainLoadError(error);
    return refuse({ code: "fileUnreadable", args: { reason } });
  }
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) return refuse({ code: sniffed.code, args: sniffed.args });
  const zip = await inspectZip(bytes);
  if (!zip.ok) {
    const location = zip.sheet === undefined ? { file } : { file, sheet: zip.sheet };
    return {
      ok: false,
      result: { workbook: null, diagnostics: [diagnostic(zip.code, "error", location, zip.args)] },
    };
  }
  return { ok: true, bytes, entries: zip.entries, parts: zip.parts };
}
