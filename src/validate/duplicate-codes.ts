import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { normalizeCode } from "./normalize-name.js";

/**
 * Remembers the row of each code of a table and reports a second row with the same code (codes are
 * matched as typed anywhere in the workbook: case and diacritics aside).
 */
export function duplicateCodeChecker(
  code: "duplicateUnitCode" | "duplicateCriterionCode",
): (value: string, row: number, location: Location) => Diagnostic | null {
  const firstRowByCode = new Map<string, number>();
  return (value, row, location) => {
    const key = normalizeCode(value);
    const firstRow = firstRowByCode.get(key);
    if (firstRow === undefined) {
      firstRowByCode.set(key, row);
      return null;
    }
    return diagnostic(code, "error", { ...location, row }, { code: value, firstRow, row });
  };
}
