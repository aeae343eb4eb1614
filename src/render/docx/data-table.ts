import { docx, type TableCellObject, type TableObject } from "./docx-api.js";
import type { Block, TableCellNode, TableRowNode } from "../markup/document-structure.js";
import { ALIGN } from "./block-paragraphs.js";
import { columnWidths } from "./column-widths.js";
import { textRuns } from "./text-runs.js";

type TableBlock = Extract<Block, { kind: "table" }>;

const LINE = { style: docx.BorderStyle.SINGLE, size: 4, color: "000000" };
const VALIGN = { top: docx.VerticalAlign.TOP, center: docx.VerticalAlign.CENTER, bottom: docx.VerticalAlign.BOTTOM } as const;

/**
 * A bordered table (NĐ 30/2020 documents' tables): 13 pt (12 pt for a wide matrix), every column
 * and cell width explicit in DXA with a fixed layout, header rows bold and repeated on each page,
 * rows that never split across pages, and at least one paragraph in every cell.
 */
export function dataTable(table: TableBlock, available: number): TableObject {
  const widths = columnWidths(table.columns, available);
  const total = widths.reduce((a, b) => a + b, 0);
  const carried = new Array<number>(widths.length).fill(0);
  const rows = table.rows.map((row) => {
    // Find each cell's first column (skipping columns a rowspan from above still covers) for its width.
    const taken = carried.map((n) => n > 0);
    let column = 0;
    const cells = row.cells.map((cell) => {
      while (column < widths.length && taken[column]) column++;
      const width = widths.slice(column, column + cell.colspan).reduce((a, b) => a + b, 0);
      for (let c = column; c < column + cell.colspan; c++) carried[c] = cell.rowspan;
      column += cell.colspan;
      return tableCell(cell, row, width, table.size);
    });
    for (let c = 0; c < carried.length; c++) carried[c] = Math.max(0, (carried[c] ?? 0) - 1);
    return new docx.TableRow({ children: cells, tableHeader: row.header, cantSplit: true });
  });
  return new docx.Table({
    width: { size: total, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows,
  });
}

function tableCell(cell: TableCellNode, row: TableRowNode, width: number, size: number): TableCellObject {
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    verticalAlign: VALIGN[cell.valign],
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
    children: [
      new docx.Paragraph({
        alignment: ALIGN[cell.align],
        spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
        indent: { firstLine: 0 },
        children: textRuns(cell.runs, { size, bold: row.header || row.bold || cell.bold, italic: cell.italic }),
      }),
    ],
  });
}
