/**
 * A unit's form as written into its worksheet: where each criterion's row and each role's column
 * landed. Apart from unit-form.ts so that the corpus model can name it without importing the writer.
 */
import type ExcelJS from "exceljs";

/** What a column of a form holds. */
export type Role = "tt" | "content" | "max" | "self" | "agreed" | "bonus" | "checker" | "note" | "extra";

export interface FormSheet {
  ws: ExcelJS.Worksheet;
  rowOf: Map<string, number>;
  /** Column letter by role (the first column of that role). */
  colOf: Map<Role, string>;
  titleRow: number;
  aboveRows: number[];
  headerRow: number;
  totalRow?: number;
}
