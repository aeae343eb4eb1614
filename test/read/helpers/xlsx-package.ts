/**
 * Small xlsx packages written part by part, for the reader's tests: each test states the XML a
 * producer writes (a formula's empty result, a 1904 workbook, a UTF-16 part…) and reads it back.
 */
import type { ZipFile } from "../../../src/write/zip/write-zip.js";
import { writeZip } from "../../../src/write/zip/write-zip.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** What a package holds; every part but the sheets has a default. */
export interface PackageSpec {
  /** Each sheet's `<sheetData>` content (rows), or a whole worksheet part when it starts with `<?xml` or `<worksheet`. */
  sheets: { name: string; data: string }[];
  /** Shared strings, each an `<si>` body (`<t>Hà Nội</t>`) or plain text. */
  strings?: string[];
  /** The styles part's content inside `<styleSheet>`. */
  styles?: string;
  /** Elements inside `<workbook>` before `<sheets>` (`<workbookPr date1904="1"/>`). */
  workbookPr?: string;
  /** Elements inside `<workbook>` after `<sheets>` (an `<extLst>`). */
  workbookTail?: string;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;

function sheetPart(data: string): string {
  if (data.startsWith("<?xml") || data.startsWith("<worksheet")) return data;
  return xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${data}</sheetData></worksheet>`);
}

const si = (s: string) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`);

/** The parts of a package, in the order Excel writes them. */
export function packageParts(spec: PackageSpec): ZipFile[] {
  const sheets = spec.sheets.map((s, i) => ({
    ...s,
    part: `xl/worksheets/sheet${i + 1}.xml`,
    id: `rId${i + 1}`,
  }));
  const n = sheets.length;
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map(
      (s) =>
        `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
  ];
  const strings = spec.strings ?? [];
  return [
    {
      name: "[Content_Types].xml",
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ""}<sheets>${sheets
          .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.id}"/>`)
          .join("")}</sheets>${spec.workbookTail ?? ""}</workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (s) =>
              `<Relationship Id="${s.id}" Type="${REL}/worksheet" Target="worksheets/sheet${s.id.slice(3)}.xml"/>`,
          )
          .join(
            "",
          )}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    ...sheets.map((s) => ({ name: s.part, data: sheetPart(s.data) })),
    {
      name: "xl/sharedStrings.xml",
      data: xml(
        `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map(si).join("")}</sst>`,
      ),
    },
    {
      name: "xl/styles.xml",
      data: xml(
        `<styleSheet xmlns="${MAIN}">${spec.styles ?? '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'}</styleSheet>`,
      ),
    },
  ];
}

/** The package as an .xlsx file's bytes; `edit` may rename, re-encode or drop parts first. */
export function xlsxPackage(spec: PackageSpec, edit: (parts: ZipFile[]) => ZipFile[] = (p) => p): Buffer {
  return writeZip(edit(packageParts(spec)));
}

/** `<cellXfs>` whose style 1 has the number format `code` (id 164), after `<numFmts>`. */
export function stylesWithFormat(code: string, dxfs = ""): string {
  return `<numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>${dxfs}`;
}
