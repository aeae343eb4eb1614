import type { ZipEntry } from "../zip/read-zip-directory.js";
import { inflateEntry } from "../zip/inflate-entry.js";
import { decodeXmlBytes } from "../xml/decode-xml-bytes.js";
import { partKey, relationshipsPartOf } from "../package/part-names.js";
import type { WorkbookPackage } from "../package/workbook-package.js";
import { describeWorkbookPackage, officeDocumentPart, rootElementName } from "../package/workbook-package.js";
import { describeOtherZip } from "./describe-other-zip.js";
import type { ZipRefusal } from "./zip-refusal.js";
import { DAMAGED, megabytes, refuse } from "./zip-refusal.js";

/** The package's relationships and the workbook part are a few KB; past this they are not a bloc's. */
const MAX_WORKBOOK_PART = 10 * 1024 * 1024;

/** Where Excel puts the workbook part; also taken when a package has no `_rels/.rels` to say so. */
const USUAL_WORKBOOK = "xl/workbook.xml";

/** Zip entries by part key; the first of two entries with one name is the one read. */
export type PartIndex = ReadonlyMap<string, ZipEntry>;

/** Entries by part key (case ignored, leading `/` dropped); folders left out; the first of a name wins. */
export function indexParts(entries: readonly ZipEntry[]): PartIndex {
  const index = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = partKey(e.name);
    if (!e.name.endsWith("/") && !index.has(key)) index.set(key, e);
  }
  return index;
}

/**
 * Reads a small part whole into text, keeping its bytes in `inflated` so that the measuring need not
 * inflate it again; `tooLong` past `MAX_WORKBOOK_PART`.
 */
async function smallPart(
  bytes: Buffer,
  entry: ZipEntry,
  inflated: Map<ZipEntry, Buffer>,
): Promise<string | "tooLong" | "damaged"> {
  const chunks: Buffer[] = [];
  const result = await inflateEntry(bytes, entry, MAX_WORKBOOK_PART, (c) => chunks.push(Buffer.from(c)));
  if (!result.ok) return result.problem === "overLimit" ? "tooLong" : "damaged";
  const data = Buffer.concat(chunks);
  inflated.set(entry, data);
  return decodeXmlBytes(data);
}

function tooLong(part: string): ZipRefusal {
  return refuse("tooLarge", {
    found: `danh sách trang tính (${part}) quá dài`,
    limit: megabytes(MAX_WORKBOOK_PART),
  });
}

/**
 * Finds the workbook the way the standard says: the package's `officeDocument` relationship
 * (`_rels/.rels`) names the workbook part, wherever it is and however its name is cased; the
 * workbook part's own relationships name its sheets, shared strings and styles. A zip whose main
 * part is not a workbook (a Word document, an .xlsb) is named for what it is.
 */
export async function locateWorkbook(
  bytes: Buffer,
  index: PartIndex,
  inflated: Map<ZipEntry, Buffer>,
): Promise<{ ok: true; package: WorkbookPackage } | ZipRefusal> {
  const notWorkbook = () => refuse("notXlsx", { found: describeOtherZip(new Set(index.keys())) });
  const rootEntry = index.get("_rels/.rels");
  const rootXml = rootEntry === undefined ? "" : await smallPart(bytes, rootEntry, inflated);
  if (rootXml === "tooLong") return tooLong("_rels/.rels");
  if (rootXml === "damaged") return refuse("fileUnreadable", { reason: DAMAGED });
  const named = officeDocumentPart(rootXml);
  const workbook = [named, USUAL_WORKBOOK].find(
    (part): part is string => part !== null && index.has(partKey(part)),
  );
  const workbookEntry = workbook === undefined ? undefined : index.get(partKey(workbook));
  if (workbook === undefined || workbookEntry === undefined) return notWorkbook();
  const workbookXml = await smallPart(bytes, workbookEntry, inflated);
  if (workbookXml === "tooLong") return tooLong(workbook);
  if (workbookXml === "damaged") return refuse("fileUnreadable", { reason: DAMAGED });
  if (rootElementName(workbookXml) !== "workbook") return notWorkbook();

  const relationships = relationshipsPartOf(workbook);
  const relsEntry = index.get(partKey(relationships));
  // Without its relationships the workbook part names sheets but not where their cells are.
  if (relsEntry === undefined) {
    return refuse("fileUnreadable", {
      reason: `cấu trúc bên trong tệp không hợp lệ (thiếu phần ${relationships}, nơi ghi các trang tính nằm ở đâu)`,
    });
  }
  const relsXml = await smallPart(bytes, relsEntry, inflated);
  if (relsXml === "tooLong") return tooLong(relationships);
  if (relsXml === "damaged") return refuse("fileUnreadable", { reason: DAMAGED });
  const has = (part: string) => index.has(partKey(part));
  return { ok: true, package: describeWorkbookPackage(workbook, workbookXml, relsXml, has) };
}
