import { randomBytes } from "node:crypto";
import { mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ThiduaError } from "../errors.js";

/** A file to write: its path and its bytes. */
export interface OutputFile {
  path: string;
  data: Uint8Array;
}

/**
 * Writes the files, refusing to replace any existing one without `force` (checked for all of them
 * before the first byte is written, and the error names them). Each file goes to a temporary name in
 * its own folder and is renamed into place, so an interrupted run leaves the old file or the new one,
 * never a truncated one (cli.md "Nothing lost").
 */
export async function writeFilesAtomically(files: readonly OutputFile[], force: boolean): Promise<void> {
  const existing: string[] = [];
  for (const file of files) {
    const info = await stat(file.path).catch(() => null);
    if (info?.isDirectory())
      throw new ThiduaError("output", `Không ghi được tệp ${file.path}: đã có một thư mục cùng tên.`);
    if (info) existing.push(file.path);
  }
  if (existing.length > 0 && !force) {
    throw new ThiduaError(
      "output",
      `Các tệp sau đã có, không ghi đè (dùng --force để ghi đè):\n${existing.map((f) => `  ${f}`).join("\n")}`,
    );
  }
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFileAtomically(file.path, file.data);
  }
}

async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EBUSY" || code === "EPERM" || code === "EACCES") {
      throw new ThiduaError(
        "output",
        `Không thay được tệp ${path}: tệp đang mở trong Excel/LibreOffice hoặc không có quyền ghi. Đóng tệp rồi chạy lại.`,
      );
    }
    throw new ThiduaError("output", `Không ghi được tệp ${path}: ${(error as Error).message}`);
  }
}
