import { escapeXml } from "../xml/escape-xml.js";
import { writeZip } from "../zip/write-zip.js";
import type { CalendarDate } from "../../model/bloc.js";
import type { SheetSpec } from "./sheet-model.js";
import { filterRange, sheetXml } from "./sheet-xml.js";
import { STYLES_XML } from "./styles-xml.js";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** `'Tổng hợp'!$A$1:$N$5` from `A1:N5`: a sheet-qualified absolute range. */
function absolute(sheet: string, range: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/**
 * The workbook's defined names: each sheet's print titles (`_xlnm.Print_Titles`, the rows repeated on
 * every printed page) and its filter's range (`_xlnm._FilterDatabase`, without which LibreOffice drops
 * the filter buttons).
 */
function definedNamesXml(sheets: readonly SheetSpec[]): string {
  const names = sheets.flatMap((s, i) => {
    const filter = filterRange(s);
    return [
      ...(filter === null
        ? []
        : [
            `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absolute(s.name, filter))}</definedName>`,
          ]),
      ...(s.printTitleRows === undefined || s.printTitleRows < 1
        ? []
        : [
            `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(
              `'${s.name.replace(/'/g, "''")}'!$1:$${s.printTitleRows}`,
            )}</definedName>`,
          ]),
    ];
  });
  return names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`;
}

/**
 * A small .xlsx package (SpreadsheetML) written directly, without loading a spreadsheet library:
 * the results workbook needs text, numbers, a few styles, widths and frozen panes, and a summarize run
 * should not pay for more. Dated from `date` so that the same input gives the same file.
 */
export function writeXlsx(sheets: readonly SheetSpec[], date: CalendarDate): Buffer {
  const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}T00:00:00Z`;
  const sheetEntries = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) }));
  return writeZip([
    {
      name: "[Content_Types].xml",
      data:
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets
          .map(
            (_s, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data:
        `${HEAD}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`,
    },
    {
      name: "docProps/core.xml",
      data:
        `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
        `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>thidua</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets
          .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        `</sheets>${definedNamesXml(sheets)}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `${HEAD}<Relationships xmlns="${PKG_REL}">` +
        sheets
          .map(
            (_s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
        `</Relationships>`,
    },
    { name: "xl/styles.xml", data: STYLES_XML },
    ...sheetEntries,
  ]);
}
