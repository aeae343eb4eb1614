import { FONTS_XML } from "./run-xml.js";
import { paragraphXml } from "./paragraph-xml.js";

/** The mark and the run of a rule paragraph are 1 pt (2 half-points). */
const TINY_RPR = `<w:rPr>${FONTS_XML}<w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`;

/**
 * A horizontal rule of a given length, centred in a width: an empty paragraph whose bottom border
 * is the rule, narrowed by equal left and right indents. NĐ 30/2020 draws a solid line under the
 * issuing body (1/3 to 1/2 of its text), under the motto (as long as the motto) and under the
 * subject line; a paragraph border, unlike a drawn shape, prints identically in Word and LibreOffice.
 */
export function ruleParagraphXml(ruleWidth: number, availableWidth: number, spaceAfter = 0): string {
  const indent = Math.max(0, Math.floor((availableWidth - Math.min(ruleWidth, availableWidth)) / 2));
  // The paragraph mark is 1 pt, so the empty paragraph is barely taller than its border and the
  // rule sits just under the descenders of the text above.
  return paragraphXml(
    {
      align: "center",
      indent: { left: indent, right: indent, firstLine: 0 },
      spacing: { before: 30, after: spaceAfter, line: 240 },
      bottomBorder: 6,
      markRunXml: TINY_RPR,
    },
    `<w:r>${TINY_RPR}<w:t/></w:r>`,
  );
}
