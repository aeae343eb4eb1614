import type { CellStyle } from "./sheet-model.js";

/** Index of each style in `cellXfs` below. */
export const STYLE_INDEX: Record<CellStyle, number> = {
  plain: 0,
  bold: 1,
  italic: 2,
  title: 3,
  points: 4,
  boldPoints: 5,
};

const font = (extra: string, size = 11) =>
  `<font>${extra}<sz val="${size}"/><name val="Times New Roman"/><family val="1"/></font>`;

/**
 * `xl/styles.xml`: Times New Roman as in the documents; points use the built-in number format 2
 * (`0.00`), which Excel and LibreOffice show with the user's decimal separator.
 */
export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="4">${font("")}${font("<b/>")}${font("<i/>")}${font("<b/>", 13)}</fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="6">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;
