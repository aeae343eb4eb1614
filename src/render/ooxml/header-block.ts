import type { Block } from "../markup/document-structure.js";
import { SIZE } from "../layout/page-format.js";
import { splitWidth } from "../layout/split-width.js";
import { lineParagraphsXml } from "./line-paragraphs.js";
import { NO_BORDERS, ZERO_MARGINS, cellXml, rowXml, tableXml } from "./table-xml.js";

type HeaderBlock = Extract<Block, { kind: "header-block" }>;

/**
 * The header block of NĐ 30/2020 (Mẫu 1.1) or HD 36-HD/VPTW: a borderless two-column table, the
 * issuing body on the left and the national (or Party) title on the right; a second row holds the
 * number (left) and the place and date (right), so both sit on the same line. Lines are 13 pt
 * unless the template says otherwise, and cells have no side margins so the 13 pt national title
 * fits its column on one line.
 */
export function headerBlockXml(block: HeaderBlock, width: number): string {
  const widths = splitWidth(width, block.widths);
  const rows = block.rows
    .map((row, r) =>
      rowXml(
        row
          .map((lines, c) => {
            const cellWidth = widths[c] ?? 0;
            const paragraphs = lines
              .map((line, k) =>
                lineParagraphsXml(line, SIZE.issuer, cellWidth, r > 0 && k === 0 ? 120 : k === 0 ? 0 : 30),
              )
              .join("");
            return cellXml({ width: cellWidth, margins: ZERO_MARGINS, valign: "top" }, paragraphs);
          })
          .join(""),
      ),
    )
    .join("");
  return tableXml(widths, NO_BORDERS, ZERO_MARGINS, rows);
}
