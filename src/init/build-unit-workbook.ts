import type { Workbook } from "exceljs";
import { addScoreSheet } from "./add-score-sheet.js";
import type { InitContent, InitUnit } from "./init-content.js";
import { formBlocName, formYear } from "./form-facts.js";
import type { ExcelJs } from "./load-exceljs.js";

/**
 * Builds one unit's self-scoring workbook (workbook.md layout 2): a single sheet named by the unit's
 * code, the criteria copied in (no `Tiêu chí` sheet to look them up in), checks and the running total.
 * Its title carries the bloc's year and name as given to `init` (dots where they are the example's).
 */
export function buildUnitWorkbook(excel: ExcelJs, content: InitContent, unit: InitUnit): Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "thidua";
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addScoreSheet(workbook, {
    sheetName: unit.code,
    unit,
    criteria: content.criteria,
    title: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${formYear(content)}`,
    blocName: formBlocName(content),
    source: "literal",
  });
  return workbook;
}
