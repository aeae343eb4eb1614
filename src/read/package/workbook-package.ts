import type { Relationship } from "./parse-relationships.js";
import { isRelationshipType, parseRelationships } from "./parse-relationships.js";
import { parseWorkbookPart } from "./parse-workbook-part.js";
import { folderOf, partKey, relationshipsPartOf } from "./part-names.js";
import { TAG } from "../xml/xml-text.js";

/** A sheet of the workbook, with the part that holds its cells. */
export interface PackageSheet {
  name: string;
  sheetId: string;
  /**
   * `worksheet`: its cells are in `part`; `other`: a chart or dialog sheet, which holds no cells;
   * `missing`: its relationship or its part is not in the package (`part` is what was named, if anything).
   */
  kind: "worksheet" | "other" | "missing";
  part: string | null;
}

/** Where a workbook's parts are: the one description both the zip check and the reader follow. */
export interface WorkbookPackage {
  /** The workbook part (`xl/workbook.xml` in most files), as named in the zip. */
  workbook: string;
  date1904: boolean;
  /** Every sheet of the workbook part, in tab order. */
  sheets: PackageSheet[];
  sharedStrings: string | null;
  styles: string | null;
}

/** The package's main part, from `_rels/.rels`: its `officeDocument` relationship. */
export function officeDocumentPart(rootRelationshipsXml: string): string | null {
  for (const rel of parseRelationships(rootRelationshipsXml, "").values()) {
    if (!rel.external && isRelationshipType(rel, "officeDocument")) return rel.target;
  }
  return null;
}

/** The local name of an XML text's root element (prefix dropped), null when it has none. */
export function rootElementName(xml: string): string | null {
  for (const m of xml.matchAll(new RegExp(TAG.source, "g"))) {
    if (m[2] !== undefined) return m[1] === "/" ? null : m[2];
  }
  return null;
}

/** The part a relationship of `kind` points to, else the part Excel names so beside the workbook. */
function partOfType(
  relationships: ReadonlyMap<string, Relationship>,
  kind: string,
  usual: string,
  has: (part: string) => boolean,
): string | null {
  for (const rel of relationships.values()) {
    if (!rel.external && isRelationshipType(rel, kind) && has(rel.target)) return rel.target;
  }
  return has(usual) ? usual : null;
}

/**
 * Follows the workbook part's relationships to every part the reader needs. `has` says whether a
 * part is in the zip (without regard to case).
 */
export function describeWorkbookPackage(
  workbook: string,
  workbookXml: string,
  relationshipsXml: string,
  has: (part: string) => boolean,
): WorkbookPackage {
  const listed = parseWorkbookPart(workbookXml);
  const relationships = parseRelationships(relationshipsXml, workbook);
  const sheets = listed.sheets.map((sheet): PackageSheet => {
    const rel = relationships.get(sheet.relationshipId);
    const { name, sheetId } = sheet;
    if (rel === undefined || rel.external) return { name, sheetId, kind: "missing", part: null };
    if (!isRelationshipType(rel, "worksheet")) return { name, sheetId, kind: "other", part: rel.target };
    return { name, sheetId, kind: has(rel.target) ? "worksheet" : "missing", part: rel.target };
  });
  const folder = folderOf(workbook);
  const beside = (name: string) => (folder === "" ? name : `${folder}/${name}`);
  return {
    workbook,
    date1904: listed.date1904,
    sheets,
    sharedStrings: partOfType(relationships, "sharedStrings", beside("sharedStrings.xml"), has),
    styles: partOfType(relationships, "styles", beside("styles.xml"), has),
  };
}

/**
 * The parts the reader opens, by key: the package's and the workbook's relationships, the workbook,
 * its shared strings and styles, each worksheet and its relationships (hyperlinks are checked there).
 */
export function partsRead(pkg: WorkbookPackage): Set<string> {
  const names = ["_rels/.rels", pkg.workbook, relationshipsPartOf(pkg.workbook)];
  if (pkg.sharedStrings !== null) names.push(pkg.sharedStrings);
  if (pkg.styles !== null) names.push(pkg.styles);
  for (const sheet of pkg.sheets) {
    if (sheet.kind === "worksheet" && sheet.part !== null)
      names.push(sheet.part, relationshipsPartOf(sheet.part));
  }
  return new Set(names.map(partKey));
}
