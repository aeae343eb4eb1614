import type { ZipEntry } from "../zip/read-zip-directory.js";
import { readZipDirectory } from "../zip/read-zip-directory.js";
import { partKey } from "../package/part-names.js";
import type { WorkbookPackage } from "../package/workbook-package.js";
import { partsRead } from "../package/workbook-package.js";
import { checkSheetList } from "./check-sheet-list.js";
import type { PartIndex } from "./locate-workbook.js";
import { indexParts, locateWorkbook } from "./locate-workbook.js";
import type { InflatedParts } from "./measure-read-parts.js";
import { measureReadParts } from "./measure-read-parts.js";
import { measureUnreadParts } from "./measure-unread-parts.js";
import type { WorkbookLimits } from "./workbook-limits.js";
import { WORKBOOK_LIMITS } from "./workbook-limits.js";
import type { ZipRefusal } from "./zip-refusal.js";
import { DAMAGED, count, megabytes, refuse } from "./zip-refusal.js";

export type { InflatedParts } from "./measure-read-parts.js";
export type { PartIndex } from "./locate-workbook.js";

/** A zip fit for the reader: where its parts are, those already inflated, and every entry by part key. */
export interface ZipInspected {
  ok: true;
  package: WorkbookPackage;
  parts: InflatedParts;
  index: PartIndex;
}

/** The zip is fit for the xlsx reader, or the diagnostic that explains why not. */
export type ZipVerdict = ZipInspected | ZipRefusal;

/**
 * Checks a workbook's zip before its parts are parsed, step by step: the archive's directory (damaged
 * or cut off, too many entries, encrypted entries, unknown compression); where the workbook is (or
 * what the zip is instead: a .docx renamed); sizes as declared; the sheet list; then every part the
 * reader opens, inflated in a stream and counted (rows, cells, merged ranges, elements); then the
 * zip bomb budget over the parts it never opens.
 */
export async function inspectZip(
  bytes: Buffer,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<ZipVerdict> {
  const directory = readZipDirectory(bytes, limits.entries);
  if (!directory.ok) {
    return directory.problem === "corrupt"
      ? refuse("fileUnreadable", { reason: DAMAGED })
      : refuse("tooLarge", {
          found: `${count(directory.count)} tệp con trong tệp nén`,
          limit: `${count(limits.entries)} tệp con`,
        });
  }
  const entries = directory.entries.filter((e) => !e.name.endsWith("/"));
  if (entries.some((e) => (e.flags & 1) !== 0)) return refuse("encrypted");
  if (entries.some((e) => e.method !== 0 && e.method !== 8)) {
    return refuse("fileUnreadable", { reason: "tệp nén theo cách chương trình không đọc được" });
  }
  const index = indexParts(entries);
  // Kept: the measuring, below, takes the parts read whole here as they are.
  const inflated = new Map<ZipEntry, Buffer>();
  const located = await locateWorkbook(bytes, index, inflated);
  if (!located.ok) return located;
  const pkg = located.package;

  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.uncompressedBytes) {
    return refuse("tooLarge", {
      found: `giải nén ra ${megabytes(declared)}`,
      limit: megabytes(limits.uncompressedBytes),
    });
  }
  if (pkg.sheets.length > limits.sheets) {
    return refuse("tooLarge", {
      found: `${count(pkg.sheets.length)} trang tính`,
      limit: `${count(limits.sheets)} trang tính`,
    });
  }
  const listProblem = checkSheetList(pkg.sheets);
  if (listProblem !== null)
    return refuse("fileUnreadable", { reason: listProblem.reason }, listProblem.sheet);
  const missing = pkg.sheets.find((s) => s.kind === "missing");
  if (missing !== undefined) {
    const where = missing.part === null ? "" : ` (thiếu phần ${missing.part})`;
    return refuse(
      "fileUnreadable",
      { reason: `cấu trúc bên trong tệp không hợp lệ: không tìm thấy nội dung của trang tính${where}` },
      missing.name,
    );
  }

  const readKeys = partsRead(pkg);
  const read = entries.filter((e) => readKeys.has(partKey(e.name)) && index.get(partKey(e.name)) === e);
  const sheetNames = new Map(
    pkg.sheets.flatMap((s) =>
      s.kind === "worksheet" && s.part !== null ? [[partKey(s.part), s.name] as const] : [],
    ),
  );
  const measured = await measureReadParts(bytes, read, sheetNames, inflated, limits);
  if (!measured.ok) return measured;
  const readSet = new Set(read);
  const unread = entries.filter((e) => !readSet.has(e));
  const bomb = await measureUnreadParts(bytes, unread, measured.inflatedBytes, limits);
  if (bomb !== null) return bomb;
  return { ok: true, package: pkg, parts: measured.parts, index };
}
