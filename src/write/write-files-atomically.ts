import { mkdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ThiduaError } from "../errors.js";
import { statOrNull } from "../read/stat-or-null.js";
import { trackTempFile, untrackTempFile } from "./in-flight-temp-files.js";

/** A file to write: its path and its bytes. */
export interface OutputFile {
  path: string;
  data: Uint8Array;
}

/** Names the files among `paths` that already exist; a folder in the way is an error of its own. */
export async function existingFiles(paths: readonly string[]): Promise<string[]> {
  const existing: string[] = [];
  for (const path of paths) {
    const info = statOrNull(path);
    if (info?.isDirectory())
      throw new ThiduaError("output", `Không ghi được tệp ${path}: đã có một thư mục cùng tên.`);
    if (info) existing.push(path);
  }
  return existing;
}

/** The error for existing outputs without `--force`, naming them (cli.md "Nothing lost"). */
export function refuseOverwrite(existing: readonly string[]): ThiduaError {
  return new ThiduaError(
    "output",
    `Các tệp sau đã có, không ghi đè (dùng --force để ghi đè):\n${existing.map((f) => `  ${f}`).join("\n")}`,
  );
}

/**
 * Writes the files, refusing to replace any existing one without `force` (checked for all of them
 * before the first byte is written). Every file is first written whole under a temporary name in
 * its own folder; only when all are written are they renamed into place. So a full disk or an
 * unwritable folder leaves nothing behind (temporary files and the folders made for them are
 * removed), and an interrupted run leaves the old file or the new one, never a truncated one.
 * The calls are synchronous: a bloc's five files each took six trips through the thread pool
 * (stat, mkdir, open, write, close, rename), and Ctrl-C is handled between files either way.
 */
export async function writeFilesAtomically(files: readonly OutputFile[], force: boolean): Promise<void> {
  const existing = await existingFiles(files.map((f) => f.path));
  if (existing.length > 0 && !force) throw refuseOverwrite(existing);
  const madeFolders: string[] = [];
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const folder = dirname(file.path);
      try {
        const made = mkdirSync(folder, { recursive: true });
        if (made !== undefined) madeFolders.push(...foldersBetween(made, folder));
      } catch (error) {
        throw outputError(folder, error);
      }
      temps.push({ temp: writeTemp(file.path, file.data), path: file.path });
    }
    for (const { temp, path } of temps) {
      try {
        renameSync(temp, path);
      } catch (error) {
        throw outputError(path, error);
      }
    }
  } catch (error) {
    for (const { temp } of temps) quietly(() => unlinkSync(temp));
    // Deepest first; rmdir refuses a folder that is not empty, so nothing else is ever removed.
    for (const folder of madeFolders.reverse()) quietly(() => rmdirSync(folder));
    throw error;
  } finally {
    for (const { temp } of temps) untrackTempFile(temp);
  }
}

/** The folders from `top` (the first one mkdir made) down to `folder`, top first. */
function foldersBetween(top: string, folder: string): string[] {
  const chain: string[] = [];
  for (let f = resolve(folder); f.length >= resolve(top).length; f = dirname(f)) {
    chain.unshift(f);
    if (f === dirname(f)) break;
  }
  return chain;
}

function outputError(path: string, error: unknown): ThiduaError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "EBUSY" || code === "EPERM"
      ? "tệp đang mở trong Word/Excel/LibreOffice hoặc bị khoá. Đóng tệp rồi chạy lại"
      : code === "EACCES"
        ? "không có quyền ghi"
        : code === "ENOSPC" || code === "EDQUOT"
          ? "ổ đĩa đã đầy"
          : code === "ENOTDIR" || code === "EEXIST"
            ? "đường dẫn thư mục kết quả trùng với một tệp"
            : code === "EROFS"
              ? "ổ đĩa chỉ cho đọc"
              : (error as Error).message;
  return new ThiduaError("output", `Không ghi được ${path}: ${reason}.`);
}

/** Runs a clean-up step whose failure changes nothing (the file or folder is already gone). */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing to clean.
  }
}

/** Writes `data` whole under a temporary name next to `path` and returns that name. */
function writeTemp(path: string, data: Uint8Array): string {
  // Unique enough with the process id, and `wx` refuses to write over a file that has the name anyway.
  const suffix = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${suffix}.tmp`);
  trackTempFile(temp);
  try {
    writeFileSync(temp, data, { flag: "wx" });
    return temp;
  } catch (error) {
    quietly(() => unlinkSync(temp));
    untrackTempFile(temp);
    throw outputError(path, error);
  }
}
