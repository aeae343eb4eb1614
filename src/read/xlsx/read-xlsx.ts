import { inflateRawSync } from "node:zlib";
import type { ZipEntry } from "../read-zip-directory.js";
import type { RawSheet } from "../raw-workbook.js";
import { parseRelationships } from "./parse-relationships.js";
import type { ParsedSheet } from "./parse-sheet.js";
import { parseSheet } from "./parse-sheet.js";
import { parseSharedStrings } from "./parse-shared-strings.js";
import { parseDateStyles } from "./parse-styles.js";
import { parseWorkbookPart } from "./parse-workbook-part.js";
import { XlsxError } from "./sheet-cell.js";

/** A sheet read, with the first cell skipped below the row limit (null when none). */
export interface ReadSheet extends RawSheet {
  skipped: string | null;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** Entry names as Excel sees them: a leading `/` dropped, compared without case (OPC part names). */
function entryIndex(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const index = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const name = (e.name.startsWith("/") ? e.name.slice(1) : e.name).toLowerCase();
    if (!index.has(name)) index.set(name, e);
  }
  return index;
}

/**
 * Reads a workbook's sheets straight from its zip entries, without an xlsx library: the archive has
 * already been checked (`inspectZip`: sizes measured, entries readable), so each part is taken from
 * the parts the check inflated, or inflated in one call capped at the size the check measured.
 * Throws `XlsxError` for a part it cannot read.
 */
export function readXlsx(
  bytes: Buffer,
  entries: readonly ZipEntry[],
  maxRow: number,
  inflated: ReadonlyMap<string, Buffer> = new Map(),
): ReadSheet[] {
  const index = entryIndex(entries);
  const text = (name: string): string | null => {
    const key = name.toLowerCase();
    const done = inflated.get(key);
    if (done !== undefined) return done.toString("utf8");
    const entry = index.get(key);
    if (entry === undefined) return null;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    try {
      const raw =
        entry.method === 0
          ? data
          : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      return raw.toString("utf8");
    } catch {
      throw new XlsxError("tệp bị hỏng hoặc chưa tải về hết");
    }
  };
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === null) throw new XlsxError("thiếu phần xl/workbook.xml");
  const workbook = parseWorkbookPart(workbookXml);
  const relationships = parseRelationships(text("xl/_rels/workbook.xml.rels") ?? "", "xl");
  const sharedStrings = parseSharedStrings(text("xl/sharedStrings.xml") ?? "");
  const dateStyles = parseDateStyles(text("xl/styles.xml") ?? "");
  const context = { sharedStrings, dateStyles, date1904: workbook.date1904, maxRow };

  const sheets: ReadSheet[] = [];
  for (const sheet of workbook.sheets) {
    const rel = relationships.get(sheet.relationshipId);
    // Chart sheets and dialog sheets hold no cells.
    if (rel === undefined || rel.external || !WORKSHEET_TYPE.test(rel.type)) continue;
    const xml = text(rel.target);
    if (xml === null) continue;
    const slash = rel.target.lastIndexOf("/");
    const folder = rel.target.slice(0, slash);
    const relsXml = text(`${folder}/_rels/${rel.target.slice(slash + 1)}.rels`);
    const sheetRelationships =
      relsXml === null ? new Set<string>() : new Set(parseRelationships(relsXml, folder).keys());
    const parsed: ParsedSheet = parseSheet(xml, context, sheetRelationships);
    sheets.push({ name: sheet.name, rows: parsed.rows, merges: parsed.merges, skipped: parsed.skipped });
  }
  return sheets;
}
