import { extname } from "node:path";

/** Workbook formats read through LibreOffice: Excel 97–2003 and OpenDocument. */
export type OldFormat = "xls" | "ods";

/** How a message names each format. */
export const OLD_FORMAT_NAMES: Record<OldFormat, string> = {
  xls: "Excel 97–2003 (.xls)",
  ods: "OpenDocument (.ods)",
};

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** `EncryptedPackage` as UTF-16LE: the stream a password-protected .xlsx keeps in its compound file. */
const ENCRYPTED_MARK = Buffer.from("EncryptedPackage", "utf16le");
/** An OpenDocument package starts with its stored `mimetype` entry (ODF 1.2 part 3, §3.3). */
const ODF_SPREADSHEET = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/**
 * Whether a file is a workbook LibreOffice must convert before it is read, from its bytes (its name
 * lies as often as not): a compound file that is not an encrypted .xlsx is an .xls; a zip whose
 * mimetype says so is an .ods. A file named .xls that is neither a zip nor a compound file is the
 * HTML or XML some programs save under that name, which LibreOffice reads too.
 */
export function oldWorkbookFormat(bytes: Buffer, file: string): OldFormat | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, CFB)) return bytes.includes(ENCRYPTED_MARK) ? null : "xls";
  const extension = extname(file).toLowerCase();
  if (startsWith(bytes, ZIP)) {
    if (bytes.toString("latin1", 30, 30 + ODF_SPREADSHEET.length) === ODF_SPREADSHEET) return "ods";
    return extension === ".ods" && !bytes.includes("xl/") ? "ods" : null;
  }
  if (extension === ".xls") return "xls";
  if (extension === ".ods" || extension === ".fods") return "ods";
  return null;
}
