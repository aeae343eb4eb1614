import type { CellStyle } from "./sheet-model.js";

/** The font, number format and alignment of each cell style; each has a boxed twin (thin borders). */
const STYLES: Record<CellStyle, { font: number; numFmt: number; align?: string }> = {
  plain: { font: 0, numFmt: 0 },
  bold: { font: 1, numFmt: 0 },
  italic: { font: 2, numFmt: 0 },
  title: { font: 3, numFmt: 0, align: `horizontal="center" vertical="center" wrapText="1"` },
  points: { font: 0, numFmt: 2 },
  boldPoints: { font: 1, numFmt: 2 },
  header: { font: 1, numFmt: 0, align: `horizontal="center" vertical="center" wrapText="1"` },
  wrapped: { font: 0, numFmt: 0, align: `vertical="top" wrapText="1"` },
};

const NAMES = Object.keys(STYLES) as CellStyle[];

/**
 * Index of a style in `cellXfs` below; a boxed cell (a table's, printed with its grid) takes the
 * twin after the plain ones. Text in a boxed cell wraps, so a long name grows the row instead of
 * widening the page.
 */
export function styleIndex(style: CellStyle, boxed: boolean): number {
  return NAMES.indexOf(style) + (boxed ? NAMES.length : 0);
}

const font = (extra: string, size = 11) =>
  `<font>${extra}<sz val="${size}"/><name val="Times New Roman"/><family val="1"/></font>`;

function xf(style: CellStyle, boxed: boolean): string {
  const { font: fontId, numFmt, align } = STYLES[style];
  const alignment = align ?? (boxed ? `vertical="top" wrapText="1"` : undefined);
  return (
    `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="0" borderId="${boxed ? 1 : 0}" xfId="0"` +
    (numFmt !== 0 ? ` applyNumberFormat="1"` : "") +
    (fontId !== 0 ? ` applyFont="1"` : "") +
    (boxed ? ` applyBorder="1"` : "") +
    (alignment !== undefined ? ` applyAlignment="1"><alignment ${alignment}/></xf>` : "/>")
  );
}

const thin = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;

/**
 * `xl/styles.xml`: Times New Roman as in the documents; points use the built-in number format 2
 * (`0.00`), which Excel and LibreOffice show with the user's decimal separator.
 */
export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="4">${font("")}${font("<b/>")}${font("<i/>")}${font("<b/>", 13)}</fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="${NAMES.length * 2}">` +
  NAMES.map((n) => xf(n, false)).join("") +
  NAMES.map((n) => xf(n, true)).join("") +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;
