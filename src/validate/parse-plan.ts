import type { Diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { cellAddress, cellAt } from "../read/raw-workbook.js";
import { readText } from "./cell-values.js";

/** Paragraphs of `Phương hướng`: column A, one per row, numbering kept as typed; null when empty. */
export function parsePlan(
  sheet: RawSheet,
  file: string,
): { plan: string[] | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const plan: string[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const t = readText(cellAt(sheet, r, 0), { file, sheet: sheet.name, cell: cellAddress(r, 0) });
    if (!t.ok) diagnostics.push(t.diagnostic);
    else if (t.value !== "") plan.push(t.value);
  }
  return { plan: plan.length > 0 ? plan : null, diagnostics };
}
