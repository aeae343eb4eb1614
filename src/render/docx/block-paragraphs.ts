import { docx, type ParagraphObject } from "./docx-api.js";
import type { Inline, ParagraphAttributes } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_SPACING, SIZE } from "./page-format.js";
import { ruleParagraph } from "./rule-paragraph.js";
import { textRuns } from "./text-runs.js";
import { textWidthTwips } from "./text-width.js";

export const ALIGN = {
  left: docx.AlignmentType.LEFT,
  center: docx.AlignmentType.CENTER,
  right: docx.AlignmentType.RIGHT,
  justify: docx.AlignmentType.JUSTIFIED,
} as const;

/** The document type (`BÁO CÁO`): upper case, bold, 14 pt, centred (NĐ 30/2020, Phụ lục I). */
export function titleParagraph(runs: readonly Inline[]): ParagraphObject {
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 360, after: 0 },
    children: textRuns(runs, { size: SIZE.body, bold: true, upper: true }),
  });
}

/** The subject line under the title: bold, 14 pt, centred, with a short rule under it (NĐ 30/2020). */
export function subtitleParagraphs(runs: readonly Inline[], width: number): ParagraphObject[] {
  const lineWidth = Math.min(textWidthTwips(runsText(runs), SIZE.body, true), width);
  return [
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: textRuns(runs, { size: SIZE.body, bold: true }),
    }),
    ruleParagraph(Math.round(lineWidth / 3), width, 240),
  ];
}

/**
 * A section heading: level 1 (`I. ĐẶC ĐIỂM TÌNH HÌNH`) upper case bold, level 2 (`1.`) bold, level 3
 * (`a)`) bold italic, indented like the body (NĐ 30/2020: `Phần`, `Mục` and numbered items in bold).
 */
export function headingParagraph(level: number, runs: readonly Inline[]): ParagraphObject {
  return new docx.Paragraph({
    alignment: docx.AlignmentType.JUSTIFIED,
    keepNext: true,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: {
      before: PARAGRAPH_SPACING,
      after: PARAGRAPH_SPACING,
      line: LINE_SPACING,
      lineRule: docx.LineRuleType.AUTO,
    },
    children: textRuns(runs, { size: SIZE.body, bold: true, italic: level === 3, upper: level === 1 }),
  });
}

/** A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, 1.15 lines. */
export function bodyParagraph(attributes: ParagraphAttributes, runs: readonly Inline[]): ParagraphObject {
  const indent =
    attributes.indent ??
    (attributes.align === "justify" || attributes.align === "left" ? "first-line" : "none");
  return new docx.Paragraph({
    alignment: ALIGN[attributes.align],
    keepNext: attributes["keep-next"],
    indent: { firstLine: indent === "first-line" ? FIRST_LINE_INDENT : 0 },
    spacing: { before: 0, after: PARAGRAPH_SPACING, line: LINE_SPACING, lineRule: docx.LineRuleType.AUTO },
    children: textRuns(runs, {
      size: attributes.size ?? SIZE.body,
      bold: attributes.bold,
      italic: attributes.italic,
    }),
  });
}
