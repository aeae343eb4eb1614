import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { groupDigits } from "../diagnostics/group-digits.js";

/**
 * Most data rows of `Đơn vị` or `Tiêu chí`. A real bloc has a few dozen units and criteria (the
 * product is sized for 500 × 100); the documents write ranks in words up to 999. A longer table is
 * a sheet pasted by mistake, and refusing it keeps every later stage bounded.
 */
export const MAX_TABLE_ROWS = 999;

/** An error when a table has more data rows than the product handles. */
export function checkTableLength(rows: number, what: string, location: Location): Diagnostic | null {
  if (rows <= MAX_TABLE_ROWS) return null;
  return diagnostic("tableTooLong", "error", location, {
    found: `${groupDigits(rows)} ${what}`,
    limit: `${groupDigits(MAX_TABLE_ROWS)} ${what}`,
  });
}
