import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
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
 * before the first byte is written). Each file goes to a temporary name in its own folder and is
 * renamed into place, so an interrupted run leaves the old file or the new one, never a truncated one.
 */
export async function writeFilesAtomically(files: readonly OutputFile[], force: boolean): Promise<void> {
  const existing = await existingFiles(files.map((f) => f.path));
  if (existing.length > 0 && !force) throw refuseOverwrite(existing);
  for (const file of files) {
    const folder = dirname(file.path);
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw outputError(folder, error);
    }
    await writeFileAtomically(file.path, file.data);
  }
}

function outputError(path: string, error: unknown): ThiduaError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "EBUSY" || code === "EPERM"
      ? "tệp đang mở trong Word/Excel/LibreOffice hoặc bị khoá. Đóng tệp rồi chạy lại"
      : code === "EACCES"
        ? "không có quyền ghi"
        : code === "ENOSPC"
          ? "ổ đĩa đã đầy"
          : code === "ENOTDIR" || code === "EEXIST"
            ? "đường dẫn thư mục kết quả trùng với một tệp"
            : code === "EROFS"
              ? "ổ đĩa chỉ cho đọc"
              : (error as Error).message;
  return new ThiduaError("output", `Không ghi được ${path}: ${reason}.`);
}

async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  inFlight.add(temp);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw outputError(path, error);
  } finally {
    inFlight.delete(temp);
  }
}
