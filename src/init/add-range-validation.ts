import type { DataValidation, Worksheet } from "exceljs";

/** The part of exceljs's worksheet that its typings leave out (exceljs 4.4 `worksheet.dataValidations`). */
interface RangeValidations {
  dataValidations?: { add(address: string, validation: DataValidation): unknown };
}

/**
 * Puts one validation on a whole range (`F2:F201`) without creating 200 empty cells, which is what
 * exceljs does when a validation is set cell by cell. Falls back to cell by cell if the untyped API
 * is missing.
 */
export function addRangeValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  const api = (sheet as unknown as RangeValidations).dataValidations;
  if (api && typeof api.add === "function") {
    api.add(range, validation);
    return;
  }
  const [from = range, to = from] = range.split(":");
  const start = sheet.getCell(from);
  const end = sheet.getCell(to);
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) {
      sheet.getCell(r, c).dataValidation = validation;
    }
  }
}
