import type { LineNode } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { ALIGN } from "./block-paragraphs.js";
import { docx, type ParagraphObject } from "./docx-api.js";
import { ruleParagraph } from "./rule-paragraph.js";
import { textRuns } from "./text-runs.js";
import { textWidthTwips } from "./text-width.js";

/** Share of the text a `short` rule spans: NĐ 30/2020 asks for 1/3 to 1/2 under the issuing body. */
const SHORT_RULE = 0.4;

/**
 * The paragraphs of a header or signature line, plus its rule when it has one: `text` as long as
 * the text (the motto), `short` about 2/5 of it (the issuing body). A text wider than its column
 * wraps, so the rule is measured against the column width at most.
 */
export function lineParagraphs(
  line: LineNode,
  defaultSize: number,
  width: number,
  spaceBefore = 30,
): ParagraphObject[] {
  const size = line.size ?? defaultSize;
  const paragraph = new docx.Paragraph({
    alignment: ALIGN[line.align],
    indent: { firstLine: 0 },
    spacing: { before: spaceBefore, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
    children: textRuns(line.runs, { size, bold: line.bold, italic: line.italic }),
  });
  if (line.rule === "none") return [paragraph];
  const textWidth = Math.min(textWidthTwips(runsText(line.runs), size, line.bold), width);
  const ruleWidth = line.rule === "short" ? Math.round(textWidth * SHORT_RULE) : textWidth;
  return [paragraph, ruleParagraph(ruleWidth, width)];
}
