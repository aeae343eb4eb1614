/** How a unit's form is laid out (unit-form.ts writes it, form-frame.ts its top and bottom). */
import type ExcelJS from "exceljs";
import type { Role } from "./form-sheet.js";
import type { Group, Scores, Unit } from "./model.js";
import type { NumberRow } from "./table-header.js";
import type { Typing } from "./typing.js";

export interface FormColumn {
  role: Role;
  header: string;
  top?: string;
  width?: number;
  /** For `checker` columns: which of the three checkers (0, 1, 2). */
  checker?: number;
  /** For `extra` columns: the numbers it holds, by key (a column the reader cannot know). */
  values?: Record<string, number>;
  /** For `extra` columns: a helper formula on every criterion row, given its row and the role's column letter. */
  rowFormula?: (row: number, colOf: (role: Role) => string) => string;
  /** The column is hidden (a helper the secretary keeps out of the printout). */
  hidden?: boolean;
}

export interface FormOptions {
  sheetName: string;
  unit: Unit;
  tree: readonly Group[];
  scores: Scores;
  columns: readonly FormColumn[];
  /** Left banner lines (parent body, the unit in capitals); the national or Party motto on the right. */
  banner?: { left: readonly string[]; motto?: "state" | "party" };
  dateLine?: string;
  title: string;
  subtitle?: readonly string[];
  /** Left-aligned lines between the title and the table: `Kính gửi: …`, `Đơn vị: …`, `Căn cứ …`. */
  above?: readonly string[];
  numberRow?: NumberRow;
  /** Group rows hold SUM formulas in the score columns (default true). */
  groupSums?: boolean;
  /** A `Cộng` row under each top-level standard group, summing its rows (label given). */
  subtotals?: (group: Group) => string;
  /** A subtotal under the last standard group, e.g. `Cộng phần I`. */
  partTotal?: string;
  spacerBeforeBonus?: boolean;
  total?: string | false;
  signature?: readonly [string, string] | false;
  notes?: boolean;
  /** Formatted empty rows under the form, the last score column holding a dragged `IF` formula. */
  emptyRows?: number;
  typing?: Typing;
  /** Maxima printed instead of the tree's, by key (last year's table). */
  maxima?: Record<string, number>;
  /** Checker points by key, instead of the ones derived from the agreed points. */
  checkers?: Record<string, readonly [number, number, number]>;
  /** Raw cells instead of the data's, by role then key (a slip: `21`, a `#REF!` formula). */
  override?: Partial<Record<"self" | "agreed", Record<string, ExcelJS.CellValue>>>;
  /** Bonus and deduction rows the unit left empty show `0`. */
  zeroEmpty?: boolean;
  /** Text in `Ghi chú`, by key. */
  remarks?: Record<string, string>;
  /** Group rows are written (default true); without them the table is its criteria rows only. */
  groupRows?: boolean;
  /** The code column prints each row's full key (`I.1`) instead of its own number (`1`). */
  printKeys?: boolean;
  /** Codes such as `1.2` typed so that Excel stored them as numbers. */
  ttNumbers?: boolean;
  /** Number format of the score columns (`0.00` for averages, `#,##0` on a 1 000 scale). */
  numFmt?: string;
  /** Group rows print their points in the maximum column (default true). */
  groupMax?: boolean;
  /** `subtotals` rows also print their group's points in the maximum column. */
  subtotalMax?: boolean;
  /** A group row's number and title as one text (`I. CÔNG TÁC…`) merged over the code and content cells. */
  mergedGroupTitles?: boolean;
  /** No code column: each row's number opens its content (`1. Hoàn thành…`). */
  numberInContent?: boolean;
  /** Cells written on the first explanation row under a criterion, by key then role (a score typed a row low). */
  noteCells?: Record<string, Partial<Record<Role, ExcelJS.CellValue>>>;
  /** Group keys whose SUM formula stops one row short (the secretary's slip: the printed total is off). */
  shortSums?: readonly string[];
  /** The total row's maximum cell as typed (`1.000`) instead of a formula. */
  totalMaxCell?: ExcelJS.CellValue;
  /** Criteria (by key) whose row is two rows merged top to bottom in every column (a long text). */
  tallRows?: readonly string[];
  /** Explanation rows ending `: 5 điểm` print that number in the maximum column (a graded scale). */
  notePoints?: boolean;
  /** Deduction rows (and their group row) print their maximum with a minus sign (`-3`). */
  deductionMaxNegative?: boolean;
}
