import type { Block, TableCellNode, TableRowNode } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { cellSideMargin, columnWidths } from "../layout/column-widths.js";
import { textWidthTwips } from "../layout/text-width.js";
import { TIGHT, paragraphPropertiesXml, paragraphXml } from "./paragraph-xml.js";
import { FONTS_XML, pushRunsXml, sizeXml } from "./run-xml.js";
import { SINGLE_BORDERS, cellOpenXml, rowOpenXml, tableOpenXml } from "./table-xml.js";

type TableBlock = Extract<Block, { kind: "table" }>;

/**
 * A bordered table (NĐ 30/2020 documents' tables): 13 pt (12 pt for a wide matrix), every column
 * and cell width explicit in DXA with a fixed layout, header rows bold and repeated on each page,
 * rows that never split across pages, and at least one paragraph in every cell.
 */
/** Written as pieces onto `out`: the document is joined once, not cell by cell. */
export function pushDataTableXml(out: string[], table: TableBlock, available: number): void {
  const widths = columnWidths(table, available);
  // The paragraph of a cell under a rowspan: empty, its mark in the table's size.
  const continuation = paragraphXml({
    spacing: TIGHT,
    markRunXml: `<w:rPr>${FONTS_XML}${sizeXml(table.size)}</w:rPr>`,
  });
  // Cells a rowspan carries down, by first column: each row gets a `w:vMerge="continue"` cell there.
  const carried = new Map<number, { rows: number; colspan: number; width: number }>();
  const side = cellSideMargin(table.size);
  out.push(tableOpenXml(widths, SINGLE_BORDERS, { top: 30, bottom: 30, left: side, right: side }));
  for (const row of table.rows) {
    out.push(rowOpenXml(row.header, verticalHeight(row, table.size)));
    let column = 0;
    const continueAt = (c: number): boolean => {
      const span = carried.get(c);
      if (!span) return false;
      out.push(
        cellOpenXml({ width: span.width, gridSpan: span.colspan, vMerge: "continue" }),
        continuation,
        "</w:tc>",
      );
      span.rows--;
      if (span.rows === 0) carried.delete(c);
      column = c + span.colspan;
      return true;
    };
    for (const cell of row.cells) {
      while (column < widths.length && continueAt(column));
      let width = 0;
      for (let c = column; c < column + cell.colspan && c < widths.length; c++) width += widths[c] ?? 0;
      if (cell.rowspan > 1) carried.set(column, { rows: cell.rowspan - 1, colspan: cell.colspan, width });
      pushTableCellXml(out, cell, row, width, table.size);
      column += cell.colspan;
    }
    while (column < widths.length && continueAt(column));
    out.push("</w:tr>");
  }
  out.push("</w:tbl>");
}

/**
 * A row with vertical text needs its height set: LibreOffice does not grow a row to fit text turned
 * bottom to top and would break it letter by letter. The height fits the longest vertical text.
 */
function verticalHeight(row: TableRowNode, size: number): number | undefined {
  // Rows without vertical text are nearly all of them: no array of cells to build for those.
  let widest = -Infinity;
  for (const c of row.cells) {
    if (c.vertical)
      widest = Math.max(widest, textWidthTwips(runsText(c.runs), size, row.header || row.bold || c.bold));
  }
  return widest === -Infinity ? undefined : widest + 200;
}

function pushTableCellXml(
  out: string[],
  cell: TableCellNode,
  row: TableRowNode,
  width: number,
  size: number,
): void {
  out.push(
    cellOpenXml({
      width,
      gridSpan: cell.colspan,
      vMerge: cell.rowspan > 1 ? "restart" : undefined,
      vertical: cell.vertical,
      valign: cell.valign,
    }),
    "<w:p>",
    cellParagraphProperties[cell.align],
  );
  pushRunsXml(out, cell.runs, { size, bold: row.header || row.bold || cell.bold, italic: cell.italic });
  out.push("</w:p></w:tc>");
}

/** The paragraph properties of a table cell, by alignment: the same few strings for every cell. */
const cellParagraphProperties: Readonly<Record<TableCellNode["align"], string>> = {
  left: cellParagraphPropertiesXml("left"),
  center: cellParagraphPropertiesXml("center"),
  right: cellParagraphPropertiesXml("right"),
  justify: cellParagraphPropertiesXml("justify"),
};

function cellParagraphPropertiesXml(align: TableCellNode["align"]): string {
  return paragraphPropertiesXml({ align, spacing: TIGHT, indent: { firstLine: 0 } });
}
