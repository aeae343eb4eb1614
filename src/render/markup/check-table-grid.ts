import { templateError } from "../source-position.js";
import type { TableRowNode } from "./document-structure.js";
import type { MarkupElement } from "./parse-markup.js";

/**
 * Checks that every row fills the table's columns exactly, counting `colspan` and the cells that
 * `rowspan` carries down from rows above (as in HTML). A row that is short or too long would make
 * Word and LibreOffice draw a ragged table, so it is a template error naming the `<tr>`.
 */
export function checkTableGrid(
  trs: readonly MarkupElement[],
  rows: readonly TableRowNode[],
  columnCount: number,
): void {
  // carried[c] = how many more rows column c is covered by a rowspan from above
  const carried = new Array<number>(columnCount).fill(0);
  // taken[c] = column c is filled in the current row; one array for all rows (no copy per row)
  const taken = new Array<boolean>(columnCount).fill(false);
  rows.forEach((row, r) => {
    const tr = trs[r];
    if (!tr) return;
    for (let c = 0; c < columnCount; c++) taken[c] = (carried[c] ?? 0) > 0;
    let column = 0;
    for (const cell of row.cells) {
      while (column < columnCount && taken[column]) column++;
      if (column + cell.colspan > columnCount) {
        throw templateError(tr.position, `<tr> has more cells than the table's ${columnCount} columns`);
      }
      for (let c = column; c < column + cell.colspan; c++) {
        if (taken[c]) throw templateError(tr.position, "<tr>: a cell overlaps a rowspan from the row above");
        taken[c] = true;
        carried[c] = cell.rowspan; // decremented below, with the rest of this row
      }
      column += cell.colspan;
    }
    let filled = 0;
    for (let c = 0; c < columnCount; c++) if (taken[c]) filled++;
    if (filled !== columnCount) {
      throw templateError(tr.position, `<tr> fills ${filled} of the table's ${columnCount} columns`);
    }
    for (let c = 0; c < columnCount; c++) carried[c] = Math.max(0, (carried[c] ?? 0) - 1);
  });
  if (carried.some((n) => n > 0)) {
    const last = trs[trs.length - 1];
    if (last) throw templateError(last.position, "a rowspan reaches past the last row of the table");
  }
}
