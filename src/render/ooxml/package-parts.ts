import type { CalendarDate } from "../../model/bloc.js";
import { LINE_SPACING, PARAGRAPH_SPACING, SIZE } from "../layout/page-format.js";
import { escapeXml } from "../../ooxml/escape-xml.js";
import { FONTS_XML, sizeXml } from "./run-xml.js";
import { HEADER_IDS } from "./section-xml.js";

/*
 * The fixed parts of a .docx package around word/document.xml: only the parts the documents use
 * (no numbering, notes, comments or font table, which Word and LibreOffice do not require).
 */

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

export const CONTENT_TYPES =
  XML_DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${WML}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${WML}.header+xml"/>` +
  `<Override PartName="/word/header2.xml" ContentType="${WML}.header+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  "</Types>";

export const PACKAGE_RELS =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  "</Relationships>";

export const DOCUMENT_RELS =
  XML_DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="${HEADER_IDS.default}" Type="${REL}/header" Target="header1.xml"/>` +
  `<Relationship Id="${HEADER_IDS.first}" Type="${REL}/header" Target="header2.xml"/>` +
  "</Relationships>";

/**
 * Document defaults: Times New Roman in all four slots, 14 pt, Vietnamese, 6 pt after paragraphs and
 * 1.15 lines (NĐ 30/2020), so text without its own formatting still follows the decree.
 */
export const STYLES =
  XML_DECL +
  `<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${FONTS_XML}${sizeXml(SIZE.body)}<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="${PARAGRAPH_SPACING}" w:before="0" w:line="${LINE_SPACING}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  "</w:styles>";

/**
 * Word 2013+ layout (compatibilityMode 15): without it Word opens the documents in compatibility mode,
 * with the older table and line layout, and says so in the title bar.
 */
export const SETTINGS =
  XML_DECL +
  `<w:settings ${W_NS}><w:displayBackgroundShape/><w:evenAndOddHeaders w:val="false"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  "</w:settings>";

/** Page numbers centred in the top margin, 13 pt (NĐ 30/2020, Phụ lục I: from the second page). */
export const PAGE_NUMBER_HEADER =
  XML_DECL +
  `<w:hdr ${W_NS} ${R_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>${FONTS_XML}${sizeXml(SIZE.pageNumber)}</w:rPr>` +
  '<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText>' +
  '<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>';

/** The first page's header: empty, so page 1 carries no number (with `w:titlePg`). */
export const EMPTY_HEADER = `${XML_DECL}<w:hdr ${W_NS} ${R_NS}><w:p/></w:hdr>`;

export const APP =
  XML_DECL +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  "<Application>thidua</Application></Properties>";

/** The opening of word/document.xml: only the namespaces the body uses. */
export const DOCUMENT_OPEN = `${XML_DECL}<w:document ${W_NS} ${R_NS}><w:body>`;
export const DOCUMENT_CLOSE = "</w:body></w:document>";

/**
 * `docProps/core.xml` dated by the meeting (midnight UTC: a date, not an instant), never by the
 * clock: the same input must give the same files.
 */
export function corePropertiesXml(title: string, date: CalendarDate): string {
  const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}T00:00:00Z`;
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    "<dc:creator>thidua</dc:creator>" +
    "<cp:lastModifiedBy>thidua</cp:lastModifiedBy>" +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
