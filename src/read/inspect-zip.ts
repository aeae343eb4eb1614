import type { DiagnosticCode } from "../diagnostics/messages.js";
import type { DiagnosticArgs } from "../model/diagnostic.js";
import { DAMAGED } from "./explain-load-error.js";
import { inflateEntry } from "./inflate-entry.js";
import type { ZipEntry } from "./read-zip-directory.js";
import { readZipDirectory } from "./read-zip-directory.js";
import type { WorkbookSheet } from "./list-workbook-sheets.js";
import { listWorkbookSheets } from "./list-workbook-sheets.js";
import { startTagReader } from "./xml-start-tags.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/**
 * What a workbook may hold before its parts are parsed. The limits were set against exceljs, which
 * builds an object for every row, cell, shared string and style and walks every cell of a merged
 * range (measured: about 24 µs per row, 6–11 µs per other XML element, 2.5 ms per sheet, 0.25 s for
 * 1 000 merges on a sheet); the direct reader of `xlsx/` is several times cheaper, and the same
 * limits now bound it and the stages after it (validation, documents). They are about twice the
 * largest bloc the product supports (500 units × 100 criteria, one sheet per unit: 503 sheets,
 * 51 000 rows, 161 000 cells, 381 000 elements, 7.5 MB of XML), so any input is refused or read
 * within seconds and a few hundred MB.
 */
export const WORKBOOK_LIMITS = {
  /** Files inside the zip (a workbook has a few dozen, one per sheet plus a handful). */
  entries: 5_000,
  /** Sum of the real (inflated) sizes of all files: the zip bomb defence. */
  uncompressedBytes: 200 * 1024 * 1024,
  sheets: 1_000,
  /** `<row>` elements of all sheets, empty formatted rows included (each costs exceljs an object). */
  rows: 100_000,
  /** `<c>` elements of all sheets. */
  cells: 300_000,
  /** Start tags of all XML parts: shared strings and styles cost as much as cells. */
  elements: 800_000,
  /** Merged ranges on one sheet: exceljs checks each against all others (quadratic). */
  mergesPerSheet: 1_000,
  /** Cells covered by merged ranges, all sheets: exceljs creates every one of them. */
  mergedCells: 100_000,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };

/** The zip is fit for the xlsx reader, or the diagnostic that explains why not. */
export type ZipVerdict =
  | { ok: true; sheets: WorkbookSheet[]; parts: InflatedParts; entries: ZipEntry[] }
  | { ok: false; code: DiagnosticCode; args: DiagnosticArgs; sheet?: string };

/** exceljs's own test for a worksheet part (unanchored, as it is there). */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const XML_PART = /\.(xml|rels|vml)$/i;

const count = (n: number): string => groupDigits(n);
const megabytes = (n: number): string => `${count(Math.ceil(n / (1024 * 1024)))} MB`;

function fail(code: DiagnosticCode, args: DiagnosticArgs = {}, sheet?: string): ZipVerdict {
  return sheet === undefined ? { ok: false, code, args } : { ok: false, code, args, sheet };
}

/** Entry names as exceljs sees them: a leading `/` is dropped. */
const partName = (entry: ZipEntry): string => (entry.name.startsWith("/") ? entry.name.slice(1) : entry.name);

/** What a zip without `xl/workbook.xml` is, in the secretary's words. */
function describeOtherZip(names: ReadonlySet<string>): string {
  if (names.has("word/document.xml")) return "tài liệu Word .docx";
  if (names.has("ppt/presentation.xml")) return "bài trình chiếu PowerPoint .pptx";
  if (names.has("xl/workbook.bin")) return "bảng tính nhị phân .xlsb";
  if (names.has("content.xml") && names.has("mimetype")) return "tệp OpenDocument (.ods/.odt)";
  return "tệp nén zip không chứa bảng tính";
}

/** Excel's grid: rows 1–1 048 576, columns A–XFD. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** The parts `xlsx/read-xlsx.ts` opens besides the sheets and their relationships. */
const READ_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedstrings.xml",
  "xl/styles.xml",
]);
/** A sheet's relationships (the reader looks there for hyperlinks). */
const SHEET_RELS = /\/_rels\/[^/]+\.xml\.rels$/;
/** Deflate never expands more than about 1 032 : 1; rounded up. */
const MAX_DEFLATE_RATIO = 1_100;

// Sticky, from the tag's `<`; `[^>]*?` keeps them inside the tag.
const ROW_NUMBER = /<[^>]*?\sr\s*=\s*["'](\d+)["']/y;
const CELL_REF = /<[^>]*?\sr\s*=\s*["']([A-Za-z]+)(\d+)["']/y;
const MERGE_REF = /<[^>]*?\bref\s*=\s*["']([^"']*)/y;

/** The first match of a sticky pattern in the tag at `start`. */
function inTag(pattern: RegExp, source: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(source);
}

/**
 * The XML parts inflated while measuring, by lower-cased part name, so the reader need not inflate
 * them again. Parts streamed in pieces (large or lying about their size) are not kept, nor any past
 * `KEEP_BYTES` in all: the reader inflates those itself.
 */
export type InflatedParts = ReadonlyMap<string, Buffer>;
const KEEP_BYTES = 32 * 1024 * 1024;

/** `XFD` → 16384. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `A1:XFD1048576` → the number of cells it covers; 0 when it cannot be read (exceljs will refuse it). */
function rangeSize(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return 0;
  const c1 = columnNumber(m[1] ?? "A");
  const r1 = Number(m[2]);
  const c2 = m[3] !== undefined ? columnNumber(m[3]) : c1;
  const r2 = m[4] !== undefined ? Number(m[4]) : r1;
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

/** Excel's own sheetIds are small; exceljs kept sheets in an array indexed by them and walked it. */
const MAX_SHEET_ID = 1_000_000;

/**
 * The sheet list is checked before anything trusts it: a sheetId repeated or not a number loses a
 * sheet (exceljs walked an array for ever to a sheetId of 2 000 000 000), two sheets on one part
 * multiply the reading, and two sheets whose names differ only in case cannot be told apart by the
 * validator (nor opened by Excel). Each is a damaged or hand-made file; say which sheet.
 */
function checkSheetList(sheets: readonly WorkbookSheet[]): { reason: string; sheet: string } | null {
  const seenIds = new Set<number>();
  const seenNames = new Map<string, string>();
  const seenParts = new Map<string, string>();
  for (const { name, sheetId, part } of sheets) {
    // Two sheets on one part would read it twice: 900 names on one 90 000-row part made a 27 KB
    // file cost the reader 900 × 90 000 rows, past every limit measured on the parts.
    const sharing = part === null ? undefined : seenParts.get(part.toLowerCase());
    if (sharing !== undefined) {
      return {
        reason: `danh sách trang tính bị hỏng ("${sharing}" và "${name}" cùng một nội dung)`,
        sheet: name,
      };
    }
    if (part !== null) seenParts.set(part.toLowerCase(), name);
    const id = Number(sheetId);
    if (!/^\d+$/.test(sheetId) || id < 1 || id > MAX_SHEET_ID || seenIds.has(id)) {
      return { reason: `danh sách trang tính bị hỏng (số hiệu "${sheetId}")`, sheet: name };
    }
    seenIds.add(id);
    const key = name.normalize("NFC").toLowerCase();
    const other = seenNames.get(key);
    if (other !== undefined)
      return { reason: `hai trang tính "${other}" và "${name}" trùng tên`, sheet: name };
    seenNames.set(key, name);
  }
  return null;
}

/** What scanning a part found. */
interface PartCounts {
  elements: number;
  rows: number;
  cells: number;
  merges: number;
  mergedCells: number;
}

/** The workbook part and its relationships are a few KB; past this they are not a bloc's. */
const MAX_WORKBOOK_PART = 10 * 1024 * 1024;

/**
 * Inflates a small part into text; null when it is larger than `MAX_WORKBOOK_PART`. A damaged part
 * reads as empty here: the measuring of every part, next, reports it.
 */
async function smallPartText(
  bytes: Buffer,
  entry: ZipEntry | undefined,
  inflatedEarly: Map<ZipEntry, Buffer>,
): Promise<string | null> {
  if (entry === undefined) return "";
  const chunks: Buffer[] = [];
  const inflated = await inflateEntry(bytes, entry, MAX_WORKBOOK_PART, (c) => chunks.push(Buffer.from(c)));
  if (!inflated.ok) return inflated.problem === "overLimit" ? null : "";
  const data = Buffer.concat(chunks);
  inflatedEarly.set(entry, data);
  return data.toString("utf8");
}

/**
 * Checks a workbook's zip before exceljs opens it: a damaged or cut-off archive, an encrypted entry,
 * a zip that is not a workbook (a .docx renamed), a zip bomb (sizes are measured by inflating in a
 * stream, never trusted from the headers, never held in memory) and parts that would cost exceljs
 * too much time or memory (millions of formatted empty rows, huge merged ranges).
 */
export async function inspectZip(
  bytes: Buffer,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<ZipVerdict> {
  const directory = readZipDirectory(bytes, limits.entries);
  if (!directory.ok) {
    return directory.problem === "corrupt"
      ? fail("fileUnreadable", { reason: DAMAGED })
      : fail("tooLarge", {
          found: `${count(directory.count)} tệp con trong tệp nén`,
          limit: `${count(limits.entries)} tệp con`,
        });
  }
  const entries = directory.entries.filter((e) => !e.name.endsWith("/"));
  if (entries.some((e) => (e.flags & 1) !== 0)) return fail("encrypted");
  if (entries.some((e) => e.method !== 0 && e.method !== 8)) {
    return fail("fileUnreadable", { reason: "tệp nén theo cách chương trình không đọc được" });
  }
  const byName = new Map(entries.map((e) => [partName(e), e]));
  if (!byName.has("xl/workbook.xml"))
    return fail("notXlsx", { found: describeOtherZip(new Set(byName.keys())) });

  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const tooBig = fail("tooLarge", {
    found: `giải nén ra hơn ${megabytes(limits.uncompressedBytes)}`,
    limit: megabytes(limits.uncompressedBytes),
  });
  if (declared > limits.uncompressedBytes) {
    return fail("tooLarge", {
      found: `giải nén ra ${megabytes(declared)}`,
      limit: megabytes(limits.uncompressedBytes),
    });
  }
  const sheets = entries.filter((e) => WORKSHEET.test(partName(e))).length;
  if (sheets > limits.sheets)
    return fail("tooLarge", {
      found: `${count(sheets)} trang tính`,
      limit: `${count(limits.sheets)} trang tính`,
    });

  // Kept: measuring every part, below, takes these two as they are instead of inflating them again.
  const inflatedEarly = new Map<ZipEntry, Buffer>();
  const workbookXml = await smallPartText(bytes, byName.get("xl/workbook.xml"), inflatedEarly);
  const relsXml = await smallPartText(bytes, byName.get("xl/_rels/workbook.xml.rels"), inflatedEarly);
  // The sheet list bounds what the reader will open: it must be read whole, or not at all.
  if (workbookXml === null || relsXml === null) {
    return fail("tooLarge", {
      found: "danh sách trang tính (xl/workbook.xml) quá dài",
      limit: megabytes(MAX_WORKBOOK_PART),
    });
  }
  const sheetList = listWorkbookSheets(workbookXml, relsXml);
  if (sheetList.length > limits.sheets) {
    return fail("tooLarge", {
      found: `${count(sheetList.length)} trang tính`,
      limit: `${count(limits.sheets)} trang tính`,
    });
  }
  const listProblem = checkSheetList(sheetList);
  if (listProblem !== null) return fail("fileUnreadable", { reason: listProblem.reason }, listProblem.sheet);
  // A worksheet is any part the sheet list points to, whatever its name: the reader follows the
  // relationships, so a part named `xl/data/x.xml` must be measured as a sheet too.
  const sheetParts = new Set(sheetList.flatMap((s) => (s.part === null ? [] : [s.part.toLowerCase()])));
  const sheetNames = new Map(
    sheetList.flatMap((s) => (s.part === null ? [] : [[s.part.toLowerCase(), s.name] as const])),
  );
  const total: PartCounts = { elements: 0, rows: 0, cells: 0, merges: 0, mergedCells: 0 };
  // Parts the reader never opens (theme, document properties, pictures) are not inflated when even
  // their worst case fits the budget: unread, they cannot cost anything, and inflating every part of
  // every file was half of reading a bloc. Read parts come first, so they are always measured.
  const isRead = (entry: ZipEntry): boolean => {
    const name = partName(entry).toLowerCase();
    return READ_PARTS.has(name) || WORKSHEET.test(name) || sheetParts.has(name) || SHEET_RELS.test(name);
  };
  const ordered = [...entries.filter(isRead), ...entries.filter((e) => !isRead(e))];
  let inflatedBytes = 0;
  const parts = new Map<string, Buffer>();
  let keptBytes = 0;
  for (const entry of ordered) {
    const name = partName(entry);
    const worstCase = entry.method === 0 ? entry.compressedSize : entry.compressedSize * MAX_DEFLATE_RATIO;
    if (!isRead(entry) && inflatedBytes + worstCase <= limits.uncompressedBytes) {
      inflatedBytes += worstCase;
      continue;
    }
    const isSheet = WORKSHEET.test(name) || sheetParts.has(name.toLowerCase());
    const part: PartCounts = { elements: 0, rows: 0, cells: 0, merges: 0, mergedCells: 0 };
    let badAddress: string | null = null;
    const reader = XML_PART.test(name)
      ? startTagReader((tag, source, start) => {
          part.elements++;
          if (!isSheet) return;
          if (tag === "row") {
            part.rows++;
            const r = inTag(ROW_NUMBER, source, start)?.[1];
            if (r !== undefined && Number(r) > MAX_ROW) badAddress ??= `dòng ${r}`;
          } else if (tag === "c") {
            part.cells++;
            const ref = inTag(CELL_REF, source, start);
            if (ref && (Number(ref[2]) > MAX_ROW || columnNumber(ref[1] ?? "") > MAX_COLUMN))
              badAddress ??= `ô ${ref[1]}${ref[2]}`;
          } else if (tag === "mergeCell") {
            part.merges++;
            part.mergedCells += rangeSize(inTag(MERGE_REF, source, start)?.[1] ?? "");
          }
        })
      : null;
    const early = inflatedEarly.get(entry);
    if (early !== undefined) reader?.push(early);
    const inflated =
      early !== undefined
        ? { ok: true as const, size: early.length, whole: early }
        : await inflateEntry(bytes, entry, limits.uncompressedBytes - inflatedBytes, (chunk) =>
            reader?.push(chunk),
          );
    if (!inflated.ok)
      return inflated.problem === "overLimit" ? tooBig : fail("fileUnreadable", { reason: DAMAGED });
    // A size that differs from the header: JSZip would refuse it after inflating; say so now.
    if (inflated.size !== entry.uncompressedSize) return fail("fileUnreadable", { reason: DAMAGED });
    inflatedBytes += inflated.size;
    // The first of two entries with one name is the one the reader uses.
    const key = name.toLowerCase();
    if (reader !== null && inflated.whole && !parts.has(key) && keptBytes + inflated.size <= KEEP_BYTES) {
      parts.set(key, inflated.whole);
      keptBytes += inflated.size;
    }

    const sheet = isSheet ? (sheetNames.get(name.toLowerCase()) ?? name) : undefined;
    // exceljs reports XML that stops mid-tag as a TypeError from deep inside; name it here instead.
    if (reader?.cutOff()) {
      const what = sheet === undefined ? `phần ${name} bị cắt cụt` : "nội dung trang tính bị cắt cụt";
      return fail("fileUnreadable", { reason: `${DAMAGED} (${what})` }, sheet);
    }
    // exceljs keeps rows in an array indexed by row number and walks it: row 2 000 000 000 would never end.
    if (badAddress !== null) {
      return fail(
        "fileUnreadable",
        { reason: `địa chỉ ô không hợp lệ (${badAddress}, Excel chỉ có 1.048.576 dòng và 16.384 cột)` },
        sheet,
      );
    }
    for (const key of ["elements", "rows", "cells", "merges", "mergedCells"] as const)
      total[key] += part[key];
    if (part.merges > limits.mergesPerSheet) {
      return fail(
        "tooLarge",
        {
          found: `${count(part.merges)} vùng ô gộp`,
          limit: `${count(limits.mergesPerSheet)} vùng mỗi trang tính`,
        },
        sheet,
      );
    }
    const checks = [
      ["rows", "dòng (kể cả dòng trống có định dạng)", "dòng"],
      ["cells", "ô", "ô"],
      ["mergedCells", "ô nằm trong các vùng gộp", "ô"],
      ["elements", `phần tử XML${isSheet ? "" : ` trong ${name}`}`, "phần tử"],
    ] as const;
    for (const [key, what, unit] of checks) {
      if (total[key] <= limits[key]) continue;
      const alone = part[key] > limits[key];
      return fail(
        "tooLarge",
        { found: `${count(alone ? part[key] : total[key])} ${what}`, limit: `${count(limits[key])} ${unit}` },
        alone ? sheet : undefined,
      );
    }
  }
  return { ok: true, sheets: sheetList, parts, entries: directory.entries };
}
