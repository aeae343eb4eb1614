import { closeSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { findSoffice } from "./find-soffice.js";
import type { OldFormat } from "./old-workbook-format.js";
import { OLD_FORMAT_NAMES, oldWorkbookFormat } from "./old-workbook-format.js";
import { MAX_FILE_BYTES } from "./open-workbook-file.js";

/** What a conversion gives: the copies made, the files it could not convert, and how to remove the copies. */
export interface Conversion {
  /** Each converted file, as given, → its temporary .xlsx copy. */
  converted: Map<string, string>;
  /** One error per old-format file that could not be converted (LibreOffice missing, or it failed). */
  diagnostics: Diagnostic[];
  /** Removes the temporary folder; safe to call more than once. */
  cleanup(): Promise<void>;
}

/** LibreOffice takes a second or two to start, then a fraction of a second per small workbook. */
const TIMEOUT_MS = 60_000;
const TIMEOUT_PER_FILE_MS = 10_000;

const nothing = (diagnostics: Diagnostic[] = []): Conversion => ({
  converted: new Map(),
  diagnostics,
  cleanup: async () => {},
});

/** Bytes enough to tell the formats apart; only a compound file is read whole (to tell an encrypted .xlsx). */
const HEAD_BYTES = 512;

/** A file's old format, from its first bytes; null for anything else, unreadable files included (the reader reports them). */
export function sniffOldFormat(file: string): OldFormat | null {
  try {
    const info = statSync(file);
    // Never opened: a FIFO would block, a device never end.
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return null;
    const head = Buffer.alloc(HEAD_BYTES);
    const fd = openSync(file, "r");
    let length: number;
    try {
      length = readSync(fd, head, 0, HEAD_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    const format = oldWorkbookFormat(head.subarray(0, length), file);
    return format === null || length < HEAD_BYTES ? format : oldWorkbookFormat(readFileSync(file), file);
  } catch {
    return null;
  }
}

/** The old-format files among `files`, with their format; the rest are read as they are. */
function oldFiles(files: readonly string[]): { file: string; format: OldFormat }[] {
  const found: { file: string; format: OldFormat }[] = [];
  for (const file of new Set(files)) {
    const format = sniffOldFormat(file);
    if (format !== null) found.push({ file, format });
  }
  return found;
}

/**
 * Converts the .xls and .ods files among `files` to .xlsx with LibreOffice, all in one `soffice` run
 * (it takes a second or two to start), into a private temporary folder: never beside or over the
 * originals. Each input is copied there under a numbered name first, so two files of one name in two
 * folders cannot overwrite each other's copy. The run has its own LibreOffice profile, so runs at the
 * same time, or an office open on the desktop, do not block it. Without LibreOffice each old file
 * gets one error saying how to install it or re-save the file. The caller reads the copies (naming
 * the originals) and calls `cleanup`, also on error.
 */
export async function convertOldWorkbooks(files: readonly string[]): Promise<Conversion> {
  const old = oldFiles(files);
  if (old.length === 0) return nothing();
  const soffice = findSoffice();
  if (soffice === null) {
    return nothing(
      old.map((o) =>
        diagnostic("needsLibreOffice", "error", { file: o.file }, { format: OLD_FORMAT_NAMES[o.format] }),
      ),
    );
  }
  const folder = await mkdtemp(join(tmpdir(), "thidua-xls-"));
  // Ctrl-C ends the process through process.exit: the copies must not outlive it.
  const onExit = () => rmSync(folder, { recursive: true, force: true });
  process.on("exit", onExit);
  const cleanup = async () => {
    process.off("exit", onExit);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const inputs = join(folder, "in");
    const outputs = join(folder, "out");
    await mkdir(inputs);
    const copies = old.map((o, i) => join(inputs, `${i + 1}.${o.format}`));
    await Promise.all(old.map((o, i) => copyFile(o.file, copies[i] ?? "")));
    const timeout = TIMEOUT_MS + TIMEOUT_PER_FILE_MS * old.length;
    // Loaded only here: node:child_process brings Node's net and dgram, 2.5 ms of every run.
    const { convertWithSoffice } = await import("./run-soffice.js");
    const run = await convertWithSoffice(
      soffice,
      { profileDir: join(folder, "profile"), target: "xlsx", outdir: outputs, files: copies },
      timeout,
    );
    const converted = new Map<string, string>();
    const diagnostics: Diagnostic[] = [];
    for (const [i, o] of old.entries()) {
      const copy = join(outputs, `${i + 1}.xlsx`);
      const made = await stat(copy).catch(() => null);
      if (made !== null && made.isFile() && made.size > 0) {
        converted.set(o.file, copy);
        continue;
      }
      const format = OLD_FORMAT_NAMES[o.format];
      const reason =
        !run.ok && run.reason === "timeout"
          ? `LibreOffice không chuyển xong tệp ${format} sang .xlsx trong ${Math.round(timeout / 1000)} giây`
          : `LibreOffice không chuyển được tệp ${format} này sang .xlsx (tệp hỏng hoặc có mật khẩu)`;
      diagnostics.push(diagnostic("fileUnreadable", "error", { file: o.file }, { reason }));
    }
    return { converted, diagnostics, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
