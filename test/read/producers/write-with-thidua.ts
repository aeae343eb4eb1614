import type { RawWorkbook } from "../../../src/read/raw-workbook.js";
import type { SheetCell, SheetSpec } from "../../../src/write/xlsx/sheet-model.js";
import { writeXlsx } from "../../../src/write/xlsx/write-xlsx.js";
import { formatDate } from "../../../src/validate/cell-values.js";
import type { CellValue } from "../../../src/read/raw-workbook.js";

/** A value as thidua's own writer takes it: text and numbers; a date as the text `dd/mm/yyyy` a secretary types. */
function sheetCell(cell: CellValue | undefined): SheetCell {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return cell.value;
    case "date":
      return formatDate(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "text":
    case "error":
      return cell.value;
    case "noResult":
      return cell.formula;
  }
}

/** The workbook's values written again by thidua's xlsx writer (src/write/xlsx): inline strings, no formulas. */
export function writeWithThidua(workbook: RawWorkbook): Buffer {
  const sheets: SheetSpec[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    widths: [],
    rows: Array.from(sheet.rows, (row) => ({ cells: Array.from(row ?? [], sheetCell) })),
  }));
  return writeXlsx(sheets, { year: 2024, month: 1, day: 1 });
}
