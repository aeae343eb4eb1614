/*
 * The page and type of Nghị định 30/2020/NĐ-CP, Phụ lục I (and Hướng dẫn 36-HD/VPTW, which keeps
 * the same page): A4, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman
 * (Unicode, TCVN 6909:2001). Lengths are twips (1/20 pt); font sizes half-points, as OOXML stores them.
 */

/** Millimetres to twips. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

export const FONT_NAME = "Times New Roman";
/** All four font slots, so Vietnamese (hAnsi) and any complex-script fallback stay Times New Roman. */
export const FONTS = { ascii: FONT_NAME, hAnsi: FONT_NAME, eastAsia: FONT_NAME, cs: FONT_NAME };

export const A4 = { width: 11906, height: 16838 };
export const MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};

/** Width available to text and tables, in twips. */
export function textWidth(orientation: "portrait" | "landscape"): number {
  const pageWidth = orientation === "portrait" ? A4.width : A4.height;
  return pageWidth - MARGINS.left - MARGINS.right;
}

/** Font sizes in points. */
export const SIZE = {
  body: 14,
  table: 13,
  issuer: 13,
  nationalTitle: 13,
  motto: 14,
  /** HD 36-HD/VPTW: `ĐẢNG CỘNG SẢN VIỆT NAM` in 15 pt bold upper case. */
  partyTitle: 15,
  number: 13,
  recipientsTitle: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** Half-points, as `w:sz` stores a font size. */
export const halfPoints = (points: number): number => Math.round(points * 2);

/** First-line indent of body paragraphs: 1.27 cm (NĐ 30/2020: 1 cm or 1.27 cm). */
export const FIRST_LINE_INDENT = 720;
/** At least 6 pt between paragraphs (NĐ 30/2020). */
export const PARAGRAPH_SPACING = 120;
/** Line spacing 1.15 lines (240 = single): between single and 1.5 lines, as NĐ 30/2020 allows. */
export const LINE_SPACING = 276;
