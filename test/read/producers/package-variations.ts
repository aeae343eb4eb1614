/**
 * The same workbook as other producers and unusual but valid packages write it: each variation
 * rewrites the parts of an .xlsx (from exceljs, LibreOffice…) the way a producer does, keeping every
 * value. Used by test/read/producers.test.ts and scripts/make-reader-variants.ts.
 */
import type { ZipFile } from "../../../src/write/zip/write-zip.js";
import { writeZip } from "../../../src/write/zip/write-zip.js";
import { unzipFiles } from "../../../scripts/lib/zip-files.js";
import { decodeEntities } from "../../../src/read/xml/decode-entities.js";
import { describeWorkbookPackage } from "../../../src/read/package/workbook-package.js";
import { parseCellStyles } from "../../../src/read/xlsx/parse-styles.js";
import type { RawWorkbook } from "../../../src/read/raw-workbook.js";
import { cellAddress } from "../../../src/read/raw-workbook.js";

const textOf = (part: ZipFile | undefined): string => (part === undefined ? "" : String(part.data));

function find(parts: readonly ZipFile[], name: string): ZipFile {
  const part = parts.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (part === undefined) throw new Error(`no part ${name}`);
  return part;
}

/** Replaces one part's text (which must change). */
function edit(parts: readonly ZipFile[], name: string, change: (xml: string) => string): ZipFile[] {
  const before = textOf(find(parts, name));
  const after = change(before);
  if (after === before) throw new Error(`editing ${name} changed nothing`);
  return parts.map((p) => (p.name.toLowerCase() === name.toLowerCase() ? { ...p, data: after } : p));
}

/** The worksheet part of each sheet, by sheet name, as the standard's relationships say. */
function sheetParts(parts: readonly ZipFile[]): Map<string, string> {
  const has = (name: string) => parts.some((p) => p.name.toLowerCase() === name.toLowerCase());
  const pkg = describeWorkbookPackage(
    "xl/workbook.xml",
    textOf(find(parts, "xl/workbook.xml")),
    textOf(find(parts, "xl/_rels/workbook.xml.rels")),
    has,
  );
  return new Map(pkg.sheets.flatMap((s) => (s.part === null ? [] : [[s.name, s.part] as const])));
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Every XML part in UTF-16 (little-endian, with a byte order mark), its declaration saying so. */
export function utf16(parts: readonly ZipFile[]): ZipFile[] {
  return parts.map((p) => {
    if (!isXml(p.name)) return p;
    const text = String(p.data);
    const declared = text.startsWith("<?xml")
      ? text.replace(/encoding="[^"]*"/, 'encoding="UTF-16"')
      : `<?xml version="1.0" encoding="UTF-16"?>${text}`;
    return { ...p, data: Buffer.from(`\ufeff${declared}`, "utf16le") };
  });
}

/** Every part name in upper case (`XL/WORKBOOK.XML`); the relationships still name them in lower case. */
export function upperCaseNames(parts: readonly ZipFile[]): ZipFile[] {
  return parts.map((p) => ({ ...p, name: p.name.toUpperCase() }));
}

/** The workbook part moved to `bang-tinh/So lieu.xml`, found only through `_rels/.rels`. */
export function workbookElsewhere(parts: readonly ZipFile[]): ZipFile[] {
  const moved = edit(parts, "_rels/.rels", (xml) =>
    xml.replace(/Target="\/?xl\/workbook\.xml"/, 'Target="bang-tinh/So%20lieu.xml"'),
  );
  return moved.map((p) => {
    if (p.name === "xl/workbook.xml") return { ...p, name: "bang-tinh/So lieu.xml" };
    if (p.name !== "xl/_rels/workbook.xml.rels") return p;
    const absolute = String(p.data).replace(/Target="(?!\/)([^"]*)"/g, 'Target="/xl/$1"');
    return { name: "bang-tinh/_rels/So lieu.xml.rels", data: absolute };
  });
}

/** The date format's id reused, with another format, by a conditional format's `<dxf>`. */
export function dxfFormats(parts: readonly ZipFile[]): ZipFile[] {
  return edit(parts, "xl/styles.xml", (xml) => {
    const ids = [...xml.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => m[1]);
    const dxfs = `<dxfs count="${ids.length}">${ids
      .map((id) => `<dxf><numFmt numFmtId="${id}" formatCode="0.00"/><font><b/></font></dxf>`)
      .join("")}</dxfs>`;
    if (/<dxfs[^>]*\/>/.test(xml)) return xml.replace(/<dxfs[^>]*\/>/, dxfs);
    if (/<dxfs[\s>][\s\S]*?<\/dxfs>/.test(xml)) return xml.replace(/<dxfs[\s>][\s\S]*?<\/dxfs>/, dxfs);
    return xml.replace(/(<tableStyles|<\/styleSheet>)/, `${dxfs}$1`);
  });
}

/** 1904-01-01 is serial 0 in the 1904 system, 1462 in the 1900 system. */
const DAYS_1900_TO_1904 = 1462;

/**
 * The 1904 date system, as a Mac workbook saved by Excel has it: `date1904` on `<workbookPr>`, Excel's
 * `<x15:workbookPr>` in `<extLst>` after it, and every date 1 462 days smaller.
 */
export function date1904(parts: readonly ZipFile[]): ZipFile[] {
  const shapes = parseCellStyles(textOf(find(parts, "xl/styles.xml")));
  const extension =
    '<ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>';
  let out = edit(parts, "xl/workbook.xml", (xml) => {
    const withSystem = /<workbookPr\b/.test(xml)
      ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
      : xml.replace(/(<bookViews|<sheets)/, '<workbookPr date1904="1"/>$1');
    return /<extLst>/.test(withSystem)
      ? withSystem.replace("<extLst>", `<extLst>${extension}`)
      : withSystem.replace("</workbook>", `<extLst>${extension}</extLst></workbook>`);
  });
  for (const part of new Set(sheetParts(out).values())) {
    out = out.map((p) => {
      if (p.name.toLowerCase() !== part.toLowerCase()) return p;
      const shifted = String(p.data).replace(
        /<c ([^>]*?)\/>|<c ([^>]*?)>([\s\S]*?)<\/c>/g,
        (whole, _empty: string | undefined, attributes: string | undefined) => {
          if (attributes === undefined || /\bt="/.test(attributes)) return whole;
          const style = Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0);
          if (shapes[style] !== "date") return whole;
          return whole.replace(
            /<v>([^<]*)<\/v>/,
            (_v, n: string) => `<v>${Number(n) - DAYS_1900_TO_1904}</v>`,
          );
        },
      );
      return { ...p, data: shifted };
    });
  }
  return out;
}

/** Every shared string's text in a CDATA section, as some libraries write text. */
export function cdata(parts: readonly ZipFile[]): ZipFile[] {
  return edit(parts, "xl/sharedStrings.xml", (xml) =>
    xml.replace(/<t(\s[^>]*)?>([^<]*)<\/t>/g, (_t, attributes: string | undefined, text: string) => {
      return `<t${attributes ?? ""}><![CDATA[${decodeEntities(text)}]]></t>`;
    }),
  );
}

/** Inserts a `<c>` into its row, in column order (the row must exist). */
function insertCell(sheetXml: string, address: string, cell: string): string {
  const [, letters = "", rowNumber = ""] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const row = new RegExp(`(<row [^>]*?r="${rowNumber}"[^>]*>)([\\s\\S]*?)(</row>)`).exec(sheetXml);
  if (row === null || row.index === undefined) throw new Error(`no row ${rowNumber}`);
  const cells = row[2] ?? "";
  const later = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].find(
    (m) =>
      (m[1] ?? "").length > letters.length ||
      ((m[1] ?? "").length === letters.length && (m[1] ?? "") > letters),
  );
  const at = later?.index ?? cells.length;
  const updated = `${row[1]}${cells.slice(0, at)}${cell}${cells.slice(at)}${row[3]}`;
  return sheetXml.slice(0, row.index) + updated + sheetXml.slice(row.index + row[0].length);
}

/**
 * LibreOffice's and Excel's empty-string formula results (`=IF(E6="","",E6)` cached as `<v></v>`) in
 * the empty cells of the units' `Ghi chú` column: what a secretary's template holds. `read` is the
 * workbook as read, to find the column and the rows.
 */
export function emptyStringFormulas(read: RawWorkbook): (parts: readonly ZipFile[]) => ZipFile[] {
  return (parts) => {
    const sheet = read.sheets.find((s) => s.name === "Đơn vị");
    if (sheet === undefined) throw new Error("no Đơn vị sheet");
    const header = sheet.rows.findIndex((r) => r?.some((c) => c.kind === "text" && c.value === "Ghi chú"));
    const column = sheet.rows[header]?.findIndex((c) => c.kind === "text" && c.value === "Ghi chú") ?? -1;
    const empty = sheet.rows.flatMap((r, i) =>
      i > header && r !== undefined && r.length > 0 && (r[column] ?? { kind: "empty" }).kind === "empty"
        ? [i]
        : [],
    );
    if (header < 0 || column < 0 || empty.length === 0) throw new Error("no empty note to fill");
    const part = sheetParts(parts).get("Đơn vị") ?? "";
    return edit(parts, part, (xml) =>
      empty.reduce((out, r) => {
        const address = cellAddress(r, column);
        const left = cellAddress(r, column - 1);
        const formula = `<c r="${address}" t="str"><f>IF(${left}="Hoàn thành xuất sắc nhiệm vụ","Xuất sắc","")</f><v></v></c>`;
        return insertCell(out, address, formula);
      }, xml),
    );
  };
}

/** The package rewritten by `variation`. */
export function vary(bytes: Buffer, variation: (parts: readonly ZipFile[]) => ZipFile[]): Buffer {
  return writeZip(variation(unzipFiles(bytes)));
}
