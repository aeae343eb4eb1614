import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import type { HeaderColumn } from "./find-header.js";
import type { MergeMaster } from "./merged-cells.js";
import { isNumberCell } from "./read-lines.js";

/**
 * The iron rule (workbook.md): a number that could be points is counted, or it is an error naming the
 * cell. A column the reader does not use may hold text (notes, evidence); a number in it is reported at
 * its first such cell, with the header it stands under, never dropped in silence.
 */
export function checkUnknownNumbers(
  sheet: RawSheet,
  file: string,
  columns: readonly HeaderColumn[],
  used: ReadonlySet<number>,
  rows: readonly number[],
  masterOf: MergeMaster,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const width = rows.reduce((w, r) => Math.max(w, sheet.rows[r]?.length ?? 0), columns.length);
  for (let col = 0; col < width; col++) {
    if (used.has(col)) continue;
    const header = columns[col];
    // Row numbers, notes, ratings and rates (`Tỷ lệ đạt (%)`) are numbers that are not points.
    if (
      header?.role === "no" ||
      header?.role === "note" ||
      header?.role === "rating" ||
      header?.role === "rate"
    )
      continue;
    for (const r of rows) {
      const master = masterOf(r, col);
      if (master !== null) continue;
      if (!isNumberCell(cellAt(sheet, r, col))) continue;
      // The column is the problem: named at its header (when it has one), with its first number.
      const first = cellAddress(r, col);
      const cell = header !== undefined && header.text !== "" ? header.cell : first;
      diagnostics.push(
        diagnostic(
          "unknownNumbers",
          "error",
          { file, sheet: sheet.name, cell },
          { header: header?.text ?? "", first },
        ),
      );
      break;
    }
  }
  return diagnostics;
}
