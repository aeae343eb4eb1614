import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { mkdir, rename, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ThiduaError } from "../errors.js";

/** A file to write: its path and its bytes. */
export interface OutputFile {
  path: string;
  data: Uint8Array;
}

/** Temporary files being written right now, removed by the CLI if the user presses Ctrl-C. */
const inFlight = new Set<string>();

/** Removes the temporary files of writes in progress (for a signal handler: synchronous). */
export function removeInFlightTempFiles(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or removed.
    }
  }
  inFlight.clear();
}

/** Names the files among `paths` that already exist; a folder in the way is an error of its own. */
export async function existingFiles(paths: readonly string[]): Promise<string[]> {
  const existing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
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
        const made = await mkdir(folder, { recursive: true });
        if (made !== undefined) madeFolders.push(...foldersBetween(made, folder));
      } catch (error) {
        throw outputError(folder, error);
      }
      temps.push({ temp: await writeTemp(file.path, file.data), path: file.path });
    }
    for (const { temp, path } of temps) {
      try {
        await rename(temp, path);
      } catch (error) {
        throw outputError(path, error);
      }
    }
  } catch (error) {
    for (const { temp } of temps) await unlink(temp).catch(() => undefined);
    // Deepest first; rmdir refuses a folder that is not empty, so nothing else is ever removed.
    for (const folder of madeFolders.reverse()) await rmdir(folder).catch(() => undefined);
    throw error;
  } finally {
    for (const { temp } of temps) inFlight.delete(temp);
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

/** Writes `data` whole under a temporary name next to `path` and returns that name. */
async function writeTemp(path: string, data: Uint8Array): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  inFlight.add(temp);
  try {
    await writeFile(temp, data, { flag: "wx" });
    return temp;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    inFlight.delete(temp);
    throw outputError(path, error);
  }
}
