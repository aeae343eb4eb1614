import type { Block, TableCellNode, TableRowNode } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";
import { cellSideMargin, columnWidths } from "../layout/column-widths.js";
import { textWidthTwips } from "../layout/text-width.js";
import { TIGHT, paragraphXml } from "./paragraph-xml.js";
import { FONTS_XML, runsXml, sizeXml } from "./run-xml.js";
import { SINGLE_BORDERS, cellXml, rowXml, tableXml } from "./table-xml.js";

type TableBlock = Extract<Block, { kind: "table" }>;

/**
 * A bordered table (NĐ 30/2020 documents' tables): 13 pt (12 pt for a wide matrix), every column
 * and cell width explicit in DXA with a fixed layout, header rows bold and repeated on each page,
 * rows that never split across pages, and at least one paragraph in every cell.
 */
export function dataTableXml(table: TableBlock, available: number): string {
  const widths = columnWidths(table, available);
  // The paragraph of a cell under a rowspan: empty, its mark in the table's size.
  const continuation = paragraphXml({
    spacing: TIGHT,
    markRunXml: `<w:rPr>${FONTS_XML}${sizeXml(table.size)}</w:rPr>`,
  });
  // Cells a rowspan carries down, by first column: each row gets a `w:vMerge="continue"` cell there.
  const carried = new Map<number, { rows: number; colspan: number; width: number }>();
  let rows = "";
  for (const row of table.rows) {
    let cells = "";
    let column = 0;
    const continueAt = (c: number): boolean => {
      const span = carried.get(c);
      if (!span) return false;
      cells += cellXml({ width: span.width, gridSpan: span.colspan, vMerge: "continue" }, continuation);
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
      cells += tableCellXml(cell, row, width, table.size);
      column += cell.colspan;
    }
    while (column < widths.length && continueAt(column));
    rows += rowXml(cells, { header: row.header, minHeight: verticalHeight(row, table.size) });
  }
  const side = cellSideMargin(table.size);
  return tableXml(widths, SINGLE_BORDERS, { top: 30, bottom: 30, left: side, right: side }, rows);
}

/**
 * A row with vertical text needs its height set: LibreOffice does not grow a row to fit text turned
 * bottom to top and would break it letter by letter. The height fits the longest vertical text.
 */
function verticalHeight(row: TableRowNode, size: number): number | undefined {
  const vertical = row.cells.filter((c) => c.vertical);
  if (vertical.length === 0) return undefined;
  const bold = row.header || row.bold;
  return Math.max(...vertical.map((c) => textWidthTwips(runsText(c.runs), size, bold || c.bold))) + 200;
}

function tableCellXml(cell: TableCellNode, row: TableRowNode, width: number, size: number): string {
  return cellXml(
    {
      width,
      gridSpan: cell.colspan,
      ...(cell.rowspan > 1 ? { vMerge: "restart" as const } : {}),
      vertical: cell.vertical,
      valign: cell.valign,
    },
    paragraphXml(
      { align: cell.align, spacing: TIGHT, indent: { firstLine: 0 } },
      runsXml(cell.runs, { size, bold: row.header || row.bold || cell.bold, italic: cell.italic }),
    ),
  );
}
