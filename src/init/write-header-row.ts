import { cellFont } from "./cell-font.js";
import type { Borders, Worksheet } from "exceljs";
import type { ColumnSpec } from "./workbook-labels.js";

const HEADER_FILL = "FFDDEBF7";

/**
 * Writes a table's header row from column `firstColumn` on: bold, shaded, bordered, wrapped, and a
 * note on each header cell saying what the column holds and whether it is required.
 */
export function writeHeaderRow(
  sheet: Worksheet,
  rowNumber: number,
  columns: readonly ColumnSpec[],
  firstColumn = 1,
): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    const cell = row.getCell(firstColumn + i);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = cellFont({ bold: true });
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = thinBorder();
  });
}

/** A thin border on all four sides. */
export function thinBorder(): Partial<Borders> {
  const side = { style: "thin" as const };
  return { top: side, left: side, bottom: side, right: side };
}
