import type { Block } from "../markup/document-structure.js";
import { NO_BORDERS, splitWidth } from "./borderless.js";
import { docx, type ParagraphObject, type TableObject } from "./docx-api.js";
import { lineParagraphs } from "./line-paragraphs.js";
import { SIZE } from "./page-format.js";

type HeaderBlock = Extract<Block, { kind: "header-block" }>;

/**
 * The header block of NĐ 30/2020 (Mẫu 1.1) or HD 36-HD/VPTW: a borderless two-column table, the
 * issuing body on the left and the national (or Party) title on the right; a second row holds the
 * number (left) and the place and date (right), so both sit on the same line. Lines are 13 pt
 * unless the template says otherwise, and cells have no side margins so the 13 pt national title
 * fits its column on one line.
 */
export function headerBlockTable(block: HeaderBlock, width: number): TableObject {
  const widths = splitWidth(width, block.widths);
  const rows = block.rows.map((row, r) => {
    const cells = row.map((lines, c) => {
      const cellWidth = widths[c] ?? 0;
      const paragraphs: ParagraphObject[] = lines.flatMap((line, k) =>
        lineParagraphs(line, SIZE.issuer, cellWidth, r > 0 && k === 0 ? 120 : k === 0 ? 0 : 30),
      );
      return new docx.TableCell({
        width: { size: cellWidth, type: docx.WidthType.DXA },
        verticalAlign: docx.VerticalAlign.TOP,
        margins: { left: 0, right: 0, top: 0, bottom: 0 },
        children: paragraphs.length > 0 ? paragraphs : [new docx.Paragraph({})],
      });
    });
    return new docx.TableRow({ children: cells, cantSplit: true });
  });
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows,
  });
}
