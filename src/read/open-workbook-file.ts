import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawWorkbook } from "./raw-workbook.js";
import type { ZipInspected } from "./inspect/inspect-zip.js";
import { inspectZip } from "./inspect/inspect-zip.js";
import { sniffFile } from "./sniff-file.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/** Largest workbook file accepted; a bloc's workbook is a few hundred KB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadResult {
  workbook: RawWorkbook | null;
  diagnostics: Diagnostic[];
}

/** A workbook refused: one error about the whole file. */
export function fail(file: string, d: Omit<Diagnostic, "location" | "severity">): ReadResult {
  return { workbook: null, diagnostics: [diagnostic(d.code, "error", { file }, d.args)] };
}

const megabytes = (n: number): string => `${groupDigits(Math.ceil(n / (1024 * 1024)))} MB`;

const noPermission = (code: string | undefined): boolean => code === "EACCES" || code === "EPERM";

/**
 * The bytes of a workbook file of sane size, or the result that refuses it; messages name `shownAs`
 * (the file the user gave, when `path` is its converted copy). Read synchronously: a file is at most
 * 50 MB, read once, and a bloc's dozen small files each spent longer waiting on the thread pool
 * (stat, open, read, close) than being read.
 */
export function readWorkbookBytes(
  path: string,
  shownAs: string = path,
): { ok: true; bytes: Buffer } | { ok: false; result: ReadResult } {
  const refuse = (d: Omit<Diagnostic, "location" | "severity">) => ({
    ok: false as const,
    result: fail(shownAs, d),
  });
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return refuse({ code: "fileUnreadable", args: { reason: "đây là một thư mục" } });
    // A FIFO or a device (/dev/zero) would be read forever.
    if (!info.isFile())
      return refuse({ code: "fileUnreadable", args: { reason: "đây không phải là một tệp" } });
    size = info.size;
  } catch (error) {
    return noPermission((error as NodeJS.ErrnoException).code)
      ? refuse({ code: "fileUnreadable", args: { reason: "không có quyền đọc tệp" } })
      : refuse({ code: "fileNotFound", args: {} });
  }
  if (size > MAX_FILE_BYTES) {
    return refuse({ code: "tooLarge", args: { found: megabytes(size), limit: megabytes(MAX_FILE_BYTES) } });
  }
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = noPermission(code)
      ? "không có quyền đọc tệp"
      : `lỗi khi đọc tệp (${code ?? String(error)})`;
    return refuse({ code: "fileUnreadable", args: { reason } });
  }
}

/**
 * Everything before the cells are read: the bytes are an xlsx zip (not an .xls, a picture, an
 * encrypted workbook) and the archive passes `inspectZip`.
 */
export async function checkWorkbookBytes(
  bytes: Buffer,
  file: string,
): Promise<{ ok: true; zip: ZipInspected } | { ok: false; result: ReadResult }> {
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) return { ok: false, result: fail(file, { code: sniffed.code, args: sniffed.args }) };
  const zip = await inspectZip(bytes);
  if (zip.ok) return { ok: true, zip };
  const location = zip.sheet === undefined ? { file } : { file, sheet: zip.sheet };
  return {
    ok: false,
    result: { workbook: null, diagnostics: [diagnostic(zip.code, "error", location, zip.args)] },
  };
}
