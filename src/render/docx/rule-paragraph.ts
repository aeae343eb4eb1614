import { docx, type ParagraphObject } from "./docx-api.js";
import { FONTS } from "./page-format.js";

/**
 * A horizontal rule of a given length, centred in a width: an empty paragraph whose bottom border
 * is the rule, narrowed by equal left and right indents. NĐ 30/2020 draws a solid line under the
 * issuing body (1/3 to 1/2 of its text), under the motto (as long as the motto) and under the
 * subject line; a paragraph border, unlike a drawn shape, prints identically in Word and LibreOffice.
 */
export function ruleParagraph(ruleWidth: number, availableWidth: number, spaceAfter = 0): ParagraphObject {
  const indent = Math.max(0, Math.floor((availableWidth - Math.min(ruleWidth, availableWidth)) / 2));
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    indent: { left: indent, right: indent, firstLine: 0 },
    // The paragraph mark is 1 pt, so the empty paragraph is barely taller than its border and the
    // rule sits just under the descenders of the text above.
    spacing: { before: 30, after: spaceAfter, line: 240, lineRule: docx.LineRuleType.AUTO },
    border: { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { font: FONTS, size: 2 },
    children: [new docx.TextRun({ text: "", font: FONTS, size: 2 })],
  });
}
