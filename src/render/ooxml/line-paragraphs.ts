import type { LineNode } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { textWidthTwips } from "../layout/text-width.js";
import { paragraphXml } from "./paragraph-xml.js";
import { ruleParagraphXml } from "./rule-paragraph.js";
import { runsXml } from "./run-xml.js";

/** Share of the text a `short` rule spans: NĐ 30/2020 asks for 1/3 to 1/2 under the issuing body. */
const SHORT_RULE = 0.4;

/**
 * The paragraphs of a header or signature line, plus its rule when it has one: `text` as long as
 * the text (the motto), `short` about 2/5 of it (the issuing body). A text wider than its column
 * wraps, so the rule is measured against the column width at most.
 */
export function lineParagraphsXml(
  line: LineNode,
  defaultSize: number,
  width: number,
  spaceBefore = 30,
): string {
  const size = line.size ?? defaultSize;
  const paragraph = paragraphXml(
    { align: line.align, indent: { firstLine: 0 }, spacing: { before: spaceBefore, after: 0, line: 240 } },
    runsXml(line.runs, { size, bold: line.bold, italic: line.italic }),
  );
  if (line.rule === "none") return paragraph;
  const textWidth = Math.min(textWidthTwips(runsText(line.runs), size, line.bold), width);
  const ruleWidth = line.rule === "short" ? Math.round(textWidth * SHORT_RULE) : textWidth;
  return paragraph + ruleParagraphXml(ruleWidth, width);
}
