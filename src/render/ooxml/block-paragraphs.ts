import type { Inline, ParagraphAttributes } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_SPACING, SIZE } from "../layout/page-format.js";
import { textWidthTwips } from "../layout/text-width.js";
import { paragraphXml } from "./paragraph-xml.js";
import { ruleParagraphXml } from "./rule-paragraph.js";
import { runsXml } from "./run-xml.js";

/** The document type (`BÁO CÁO`): upper case, bold, 14 pt, centred (NĐ 30/2020, Phụ lục I). */
export function titleParagraphXml(runs: readonly Inline[]): string {
  return paragraphXml(
    { align: "center", keepNext: true, spacing: { before: 360, after: 0 } },
    runsXml(runs, { size: SIZE.body, bold: true, upper: true }),
  );
}

/** The subject line under the title: bold, 14 pt, centred, with a short rule under it (NĐ 30/2020). */
export function subtitleParagraphsXml(runs: readonly Inline[], width: number): string {
  const lineWidth = Math.min(textWidthTwips(runsText(runs), SIZE.body, true), width);
  return (
    paragraphXml(
      { align: "center", keepNext: true, spacing: { before: 0, after: 0 } },
      runsXml(runs, { size: SIZE.body, bold: true }),
    ) + ruleParagraphXml(Math.round(lineWidth / 3), width, 240)
  );
}

/**
 * A section heading: level 1 (`I. ĐẶC ĐIỂM TÌNH HÌNH`) upper case bold, level 2 (`1.`) bold, level 3
 * (`a)`) bold italic, indented like the body (NĐ 30/2020: `Phần`, `Mục` and numbered items in bold).
 */
export function headingParagraphXml(level: number, runs: readonly Inline[]): string {
  return paragraphXml(
    {
      align: "justify",
      keepNext: true,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: PARAGRAPH_SPACING, after: PARAGRAPH_SPACING, line: LINE_SPACING },
    },
    runsXml(runs, { size: SIZE.body, bold: true, italic: level === 3, upper: level === 1 }),
  );
}

/** A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, 1.15 lines. */
export function bodyParagraphXml(attributes: ParagraphAttributes, runs: readonly Inline[]): string {
  const indent =
    attributes.indent ??
    (attributes.align === "justify" || attributes.align === "left" ? "first-line" : "none");
  return paragraphXml(
    {
      align: attributes.align,
      keepNext: attributes["keep-next"],
      indent: { firstLine: indent === "first-line" ? FIRST_LINE_INDENT : 0 },
      spacing: { before: 0, after: PARAGRAPH_SPACING, line: LINE_SPACING },
    },
    runsXml(runs, { size: attributes.size ?? SIZE.body, bold: attributes.bold, italic: attributes.italic }),
  );
}

/** A small empty paragraph: after a table (Word merges two adjacent tables) and for page breaks. */
export function spacerXml(pageBreakBefore = false, keepNext = false): string {
  return paragraphXml({ pageBreakBefore, keepNext, spacing: { before: 0, after: 0, line: 240 } });
}
