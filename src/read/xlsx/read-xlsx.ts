import { inflateRawSync } from "node:zlib";
import type { RawSheet } from "../raw-workbook.js";
import type { ZipInspected } from "../inspect/inspect-zip.js";
import { parseRelationships } from "../package/parse-relationships.js";
import { partKey, relationshipsPartOf } from "../package/part-names.js";
import { decodeXmlBytes } from "../xml/decode-xml-bytes.js";
import { parseSheet } from "./parse-sheet.js";
import { parseSharedStrings } from "./parse-shared-strings.js";
import { parseCellStyles } from "./parse-styles.js";
import { XlsxError } from "./xlsx-error.js";

/**
 * A sheet read, with the first cell skipped below the row limit and the first such cell that could
 * hold points (null when none).
 */
export interface ReadSheet extends RawSheet {
  skipped: string | null;
  skippedPoints: string | null;
}

/**
 * Reads a workbook's sheets straight from its zip, without an xlsx library: the archive has already
 * been checked (`inspectZip`: sizes measured, entries readable, every part located through the
 * relationships), so each part is taken from those the check inflated, or inflated in one call capped
 * at the size the check measured. Chart sheets hold no cells and are left out. Throws `XlsxError`
 * for a part it cannot read.
 */
export function readXlsx(bytes: Buffer, zip: ZipInspected, maxRow: number): ReadSheet[] {
  const text = (part: string): string | null => {
    const key = partKey(part);
    const done = zip.parts.get(key);
    if (done !== undefined) return decodeXmlBytes(done);
    const entry = zip.index.get(key);
    if (entry === undefined) return null;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    try {
      const raw =
        entry.method === 0
          ? data
          : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      return decodeXmlBytes(raw);
    } catch {
      throw new XlsxError("tệp bị hỏng hoặc chưa tải về hết");
    }
  };
  const pkg = zip.package;
  const sharedStrings = pkg.sharedStrings === null ? [] : parseSharedStrings(text(pkg.sharedStrings) ?? "");
  const styles = pkg.styles === null ? [] : parseCellStyles(text(pkg.styles) ?? "");
  const context = { sharedStrings, styles, date1904: pkg.date1904, maxRow };

  const sheets: ReadSheet[] = [];
  for (const sheet of pkg.sheets) {
    if (sheet.kind !== "worksheet" || sheet.part === null) continue;
    const xml = text(sheet.part);
    if (xml === null) throw new XlsxError(`thiếu phần ${sheet.part}`);
    const relsXml = text(relationshipsPartOf(sheet.part));
    const relationshipIds = new Set(relsXml === null ? [] : parseRelationships(relsXml, sheet.part).keys());
    const parsed = parseSheet(xml, context, relationshipIds);
    const { rows, merges, skipped, skippedPoints } = parsed;
    sheets.push({ name: sheet.name, rows, merges, skipped, skippedPoints });
  }
  return sheets;
}
