import type { CalendarDate } from "../../model/bloc.js";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * `docProps/core.xml` with fixed dates. docx.js stamps `created`/`modified` with the current time;
 * the documents are dated by the meeting, and the same input must give the same files, so the
 * meeting date (midnight UTC: a date, not an instant) is written instead.
 */
export function corePropertiesXml(title: string, date: CalendarDate): string {
  const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    "<dc:creator>thidua</dc:creator>",
    "<cp:lastModifiedBy>thidua</cp:lastModifiedBy>",
    "<cp:revision>1</cp:revision>",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}
