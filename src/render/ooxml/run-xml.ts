import type { Inline } from "../markup/document-structure.js";
import { halfPoints } from "../layout/page-format.js";
import { escapeXml, needsPreserve } from "../../write/xml/escape-xml.js";

/** Times New Roman in all four slots (NĐ 30/2020), so Vietnamese (hAnsi) never falls back to another font. */
export const FONTS_XML =
  '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';

/** Run formatting that a block imposes on its text (a title is bold; a date line italic). */
export interface RunBase {
  size: number;
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
}

/** `w:sz` and `w:szCs` for a size in points. */
export const sizeXml = (points: number): string => {
  const half = halfPoints(points);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
};

/**
 * Run properties in schema order (CT_RPr): only what is on is written. Few combinations occur, so
 * they are kept, by size and then by the four switches as the bits of an index (no key to build).
 */
const runProperties = new Map<number, Array<string | undefined>>();

function runPropertiesXml(
  size: number,
  bold: boolean,
  italic: boolean,
  highlight: boolean,
  underline: boolean,
): string {
  let bySwitches = runProperties.get(size);
  if (bySwitches === undefined) {
    bySwitches = new Array<string | undefined>(16);
    runProperties.set(size, bySwitches);
  }
  const index = (bold ? 1 : 0) | (italic ? 2 : 0) | (highlight ? 4 : 0) | (underline ? 8 : 0);
  const hit = bySwitches[index];
  if (hit !== undefined) return hit;
  const xml =
    "<w:rPr>" +
    FONTS_XML +
    (bold ? "<w:b/><w:bCs/>" : "") +
    (italic ? "<w:i/><w:iCs/>" : "") +
    sizeXml(size) +
    (highlight ? '<w:highlight w:val="yellow"/>' : "") +
    (underline ? '<w:u w:val="single"/>' : "") +
    "</w:rPr>";
  bySwitches[index] = xml;
  return xml;
}

/** A run of text, its font and size explicit so a paste into another document keeps the format. */
export function textRunXml(text: string, rPr: string): string {
  if (text === "") return `<w:r>${rPr}<w:t/></w:r>`;
  return `<w:r>${rPr}${textOpen(text)}${escapeXml(text)}</w:t></w:r>`;
}

const textOpen = (text: string): string => (needsPreserve(text) ? '<w:t xml:space="preserve">' : "<w:t>");

/** An empty run in a size: the height of an otherwise empty line (space to sign, a rule's mark). */
export const emptyRunXml = (size: number): string =>
  textRunXml("", `<w:rPr>${FONTS_XML}${sizeXml(size)}</w:rPr>`);

/** The runs of inline content, under the formatting of their block. */
export function runsXml(runs: readonly Inline[], base: RunBase): string {
  const out: string[] = [];
  pushRunsXml(out, runs, base);
  return out.join("");
}

/**
 * `runsXml` written as pieces onto `out`, for a caller that joins a whole document at once: no
 * intermediate string per run or per paragraph (a 500-unit matrix has 75 000 cells).
 */
export function pushRunsXml(out: string[], runs: readonly Inline[], base: RunBase): void {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run === undefined) continue;
    if (run.kind === "break") {
      out.push("<w:r>", runPropertiesXml(base.size, false, false, false, false), "<w:br/></w:r>");
      continue;
    }
    const rPr = runPropertiesXml(
      base.size,
      base.bold === true || run.bold,
      base.italic === true || run.italic,
      run.highlight,
      run.underline,
    );
    const text = base.upper === true ? run.text.toLocaleUpperCase("vi") : run.text;
    if (text === "") out.push("<w:r>", rPr, "<w:t/></w:r>");
    else out.push("<w:r>", rPr, textOpen(text), escapeXml(text), "</w:t></w:r>");
  }
}
