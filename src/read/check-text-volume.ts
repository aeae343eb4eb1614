import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawWorkbook } from "./raw-workbook.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/**
 * Characters of text a workbook's cells may hold in all. A bloc's workbook holds a few hundred
 * thousand; every later stage (matching codes and names, the documents) costs time per character
 * of each cell, and one shared string can stand in thousands of cells, so the sum is bounded here.
 */
export const MAX_TEXT_CHARS = 20_000_000;

/** An error when the cells of a workbook hold more text than any bloc does. */
export function checkTextVolume(workbook: RawWorkbook): Diagnostic | null {
  let total = 0;
  for (const sheet of workbook.sheets) {
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      // Rows are sparse: an empty row is a hole.
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell?.kind === "text") total += cell.value.length;
      }
    }
  }
  if (total <= MAX_TEXT_CHARS) return null;
  return diagnostic(
    "tooLarge",
    "error",
    { file: workbook.file },
    {
      found: `${groupDigits(total)} ký tự văn bản trong các ô`,
      limit: `${groupDigits(MAX_TEXT_CHARS)} ký tự`,
    },
  );
}
