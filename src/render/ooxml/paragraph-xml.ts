import type { ParagraphAttributes } from "../markup/document-structure.js";

/** `w:jc` values of the markup's alignments (OOXML calls justified `both`). */
export const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

/** Paragraph properties the documents use; lengths in twips. */
export interface ParagraphProps {
  align?: ParagraphAttributes["align"];
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** `line` is in 240ths of a line (lineRule auto) when given. */
  spacing?: { before: number; after: number; line?: number };
  indent?: { left?: number; right?: number; firstLine: number };
  /** A bottom border (a rule): size in eighths of a point. */
  bottomBorder?: number;
  /** Run properties of the paragraph mark: they set the height of an empty paragraph. */
  markRunXml?: string;
}

/** `w:pPr` in schema order (CT_PPrBase): keepNext, pageBreakBefore, pBdr, spacing, ind, jc, rPr. */
export function paragraphPropertiesXml(p: ParagraphProps): string {
  let out = "";
  if (p.keepNext === true) out += "<w:keepNext/>";
  if (p.pageBreakBefore === true) out += "<w:pageBreakBefore/>";
  if (p.bottomBorder !== undefined)
    out += `<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="${p.bottomBorder}" w:space="1"/></w:pBdr>`;
  if (p.spacing) {
    const { before, after, line } = p.spacing;
    out +=
      line === undefined
        ? `<w:spacing w:after="${after}" w:before="${before}"/>`
        : `<w:spacing w:after="${after}" w:before="${before}" w:line="${line}" w:lineRule="auto"/>`;
  }
  if (p.indent) {
    const { left, right, firstLine } = p.indent;
    out += `<w:ind${left === undefined ? "" : ` w:left="${left}"`}${right === undefined ? "" : ` w:right="${right}"`} w:firstLine="${firstLine}"/>`;
  }
  if (p.align !== undefined) out += `<w:jc w:val="${JC[p.align]}"/>`;
  if (p.markRunXml !== undefined) out += p.markRunXml;
  return out === "" ? "" : `<w:pPr>${out}</w:pPr>`;
}

/** A paragraph: its properties and its runs' XML. */
export function paragraphXml(props: ParagraphProps, runs = ""): string {
  const pPr = paragraphPropertiesXml(props);
  return pPr === "" && runs === "" ? "<w:p/>" : `<w:p>${pPr}${runs}</w:p>`;
}

/** Single spacing, nothing before or after: table cells, header and signature lines. */
export const TIGHT = { before: 0, after: 0, line: 240 } as const;
