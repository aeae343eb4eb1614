import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import { checkUnknownNumbers } from "../table/check-unknown-numbers.js";
import type { HeaderColumn } from "../table/find-header.js";
import { findHeader, roleCount } from "../table/find-header.js";
import { mergeMasters } from "../table/merged-cells.js";
import type { SheetFacts } from "../units/sheet-facts.js";
import { sheetFacts } from "../units/sheet-facts.js";
import type { FormColumns } from "./form-columns.js";
import { pickFormColumns } from "./form-columns.js";
import type { FormTable, UnitScores } from "./read-form-table.js";
import { readFormTable } from "./read-form-table.js";

export type { UnitScores } from "./read-form-table.js";

/** One unit's form, read: its scores, where the empty ones are, how it was read, what its title says. */
export interface UnitForm extends FormTable {
  facts: SheetFacts;
}

/** A form needs a way to name each row (a code, `TT` or the text) and the unit's points. */
export function acceptFormHeader(columns: readonly HeaderColumn[]): number {
  const roles = new Set(columns.map((c) => c.role));
  const ok =
    (roles.has("code") || roles.has("no") || roles.has("content")) &&
    (roles.has("self") || roles.has("agreed"));
  return ok ? roleCount(columns) : 0;
}

/**
 * Reads one unit's score sheet: the contract's (`Mã tiêu chí`, `Tự chấm`, `Khối chấm`) or the unit's own
 * self-scoring form (banner, title, two-row header, `(1) (2)` row, groups with subtotals, sections, total,
 * signature). Rows are matched to the bloc's criteria; the points that count are the agreed ones where
 * given, else the unit's own; group and total rows are checks. Null when the sheet holds no such table.
 */
export function parseUnitForm(
  sheet: RawSheet,
  file: string,
  lookup: CriterionLookup,
  limits: SectionLimits,
): UnitForm | null {
  const masterOf = mergeMasters(sheet);
  const header = findHeader(sheet, acceptFormHeader, masterOf);
  if (header === null) return null;
  const diagnostics: Diagnostic[] = [];
  const columns = pickFormColumns(header.columns, { file, sheet: sheet.name }, diagnostics);
  const table = readFormTable({ sheet, file, header, masterOf }, columns, lookup, limits);
  diagnostics.push(...table.diagnostics);
  diagnostics.push(...checkUnknownNumbers(sheet, file, header.columns, columns.used, table.rows, masterOf));
  checkSelfColumnUsed({ file, sheet: sheet.name }, columns, table.scores, diagnostics);
  return { ...table, diagnostics, facts: sheetFacts(sheet, header.firstRow) };
}

/**
 * A unit that typed everything under `Khối chấm` and left `Tự chấm` empty has most likely typed its own
 * points in the bloc's column (issue 12): the report would say the bloc agreed them.
 */
function checkSelfColumnUsed(
  where: { file: string; sheet: string },
  columns: FormColumns,
  scores: UnitScores,
  diagnostics: Diagnostic[],
): void {
  if (columns.self === null || columns.agreed === null) return;
  const all = Object.values(scores);
  if (all.length === 0 || all.some((s) => s.source === "self" || s.selfPoints !== null)) return;
  diagnostics.push(
    diagnostic(
      "selfColumnEmpty",
      "error",
      { ...where, cell: columns.self.cell },
      {
        self: columns.self.text,
        agreed: columns.agreed.text,
      },
    ),
  );
}
