import { docx, type TableCellObject, type TableObject } from "./docx-api.js";
import type { Block, TableCellNode, TableRowNode } from "../markup/document-structure.js";
import { ALIGN } from "./block-paragraphs.js";
import { cellSideMargin, columnWidths } from "./column-widths.js";
import { FONTS, halfPoints } from "./page-format.js";
import { textRuns } from "./text-runs.js";
import { textWidthTwips } from "./text-width.js";
import { runsText } from "../markup/inline-runs.js";

type TableBlock = Extract<Block, { kind: "table" }>;

const LINE = { style: docx.BorderStyle.SINGLE, size: 4, color: "000000" };
const VALIGN = {
  top: docx.VerticalAlign.TOP,
  center: docx.VerticalAlign.CENTER,
  bottom: docx.VerticalAlign.BOTTOM,
} as const;

/**
 * A bordered table (NĐ 30/2020 documents' tables): 13 pt (12 pt for a wide matrix), every column
 * and cell width explicit in DXA with a fixed layout, header rows bold and repeated on each page,
 * rows that never split across pages, and at least one paragraph in every cell.
 */
export function dataTable(table: TableBlock, available: number): TableObject {
  const widths = columnWidths(table, available);
  const total = widths.reduce((a, b) => a + b, 0);
  // Cells a rowspan carries down, by first column. docx.js's own `rowSpan` inserts continuation cells
  // without a width; they are written here instead, each with its width and a paragraph.
  const carried = new Map<number, { rows: number; colspan: number; width: number }>();
  const rows = table.rows.map((row) => {
    const cells: TableCellObject[] = [];
    let column = 0;
    const continueAt = (c: number): boolean => {
      const span = carried.get(c);
      if (!span) return false;
      cells.push(continuationCell(span.width, span.colspan, table.size));
      span.rows--;
      if (span.rows === 0) carried.delete(c);
      column = c + span.colspan;
      return true;
    };
    for (const cell of row.cells) {
      while (column < widths.length && continueAt(column));
      const width = widths.slice(column, column + cell.colspan).reduce((a, b) => a + b, 0);
      if (cell.rowspan > 1) carried.set(column, { rows: cell.rowspan - 1, colspan: cell.colspan, width });
      cells.push(tableCell(cell, row, width, table.size));
      column += cell.colspan;
    }
    while (column < widths.length && continueAt(column));
    return new docx.TableRow({
      children: cells,
      tableHeader: row.header,
      cantSplit: true,
      ...verticalHeight(row, table.size),
    });
  });
  return new docx.Table({
    width: { size: total, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: cellSideMargin(table.size), right: cellSideMargin(table.size) },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows,
  });
}

/**
 * A row with vertical text needs its height set: LibreOffice does not grow a row to fit text turned
 * bottom to top and would break it letter by letter. The height fits the longest vertical text.
 */
function verticalHeight(row: TableRowNode, size: number): { height?: { value: number; rule: string } } {
  const vertical = row.cells.filter((c) => c.vertical);
  if (vertical.length === 0) return {};
  const bold = row.header || row.bold;
  const longest = Math.max(...vertical.map((c) => textWidthTwips(runsText(c.runs), size, bold || c.bold)));
  return { height: { value: longest + 200, rule: docx.HeightRule.ATLEAST } };
}

/** The cell under a rowspan: `w:vMerge="continue"`, with its width and an empty paragraph. */
function continuationCell(width: number, colspan: number, size: number): TableCellObject {
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    verticalMerge: "continue",
    ...(colspan > 1 ? { columnSpan: colspan } : {}),
    children: [
      new docx.Paragraph({
        spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
        run: { font: FONTS, size: halfPoints(size) },
      }),
    ],
  });
}

function tableCell(cell: TableCellNode, row: TableRowNode, width: number, size: number): TableCellObject {
  return new docx.TableCell({
    width: { size: width, type: docx.WidthType.DXA },
    verticalAlign: VALIGN[cell.valign],
    ...(cell.vertical ? { textDirection: docx.TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { verticalMerge: "restart" } : {}),
    children: [
      new docx.Paragraph({
        alignment: ALIGN[cell.align],
        spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
        indent: { firstLine: 0 },
        children: textRuns(cell.runs, {
          size,
          bold: row.header || row.bold || cell.bold,
          italic: cell.italic,
        }),
      }),
    ],
  });
}
