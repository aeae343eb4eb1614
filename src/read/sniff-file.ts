import type { DiagnosticCode } from "../model/diagnostic-code.js";
import type { DiagnosticArgs } from "../model/diagnostic.js";
import { OLD_FORMAT_NAMES } from "./old-workbook-format.js";

/** What the first bytes of a file say it is, before handing it to the xlsx reader. */
export type Sniffed = { ok: true } | { ok: false; code: DiagnosticCode; args: DiagnosticArgs };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** `EncryptedPackage` as UTF-16LE: the stream name an encrypted OOXML file keeps in its CFB container. */
const ENCRYPTED_MARK = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Recognises the files secretaries actually send instead of an .xlsx: an .xls not converted first
 * (`convert-old-workbooks.ts`), a password-protected workbook (both are CFB containers), an empty or
 * half-downloaded file, a picture or a text file.
 */
export function sniffFile(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, code: "notXlsx", args: { found: "tệp rỗng" } };
  if (startsWith(bytes, ZIP)) return { ok: true };
  if (startsWith(bytes, CFB)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_MARK)
      ? { ok: false, code: "encrypted", args: {} }
      : { ok: false, code: "needsLibreOffice", args: { format: OLD_FORMAT_NAMES.xls } };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]))
    return { ok: false, code: "notXlsx", args: { found: "ảnh PNG" } };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { ok: false, code: "notXlsx", args: { found: "ảnh JPEG" } };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { ok: false, code: "notXlsx", args: { found: "tệp PDF" } };
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (/^\s*</.test(head)) return { ok: false, code: "notXlsx", args: { found: "tệp HTML/XML" } };
  return { ok: false, code: "notXlsx", args: { found: "không phải tệp zip của Excel" } };
}
