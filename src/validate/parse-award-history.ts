import type { AwardRecord, Unit } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { displayText, isEmpty, readNumber, readText } from "./cell-values.js";
import type { ColumnSpec, TableCell } from "./find-table.js";
import { findTable } from "./find-table.js";
import { suggestUnit } from "./suggest-unit.js";
import type { UnitIndex } from "./unit-index.js";

type HistoryColumn = "no" | "unit" | "year" | "award" | "decision";

/** Columns of the optional `Khen thưởng` sheet (README: one row per distinction a unit received). */
export const HISTORY_COLUMNS: readonly ColumnSpec<HistoryColumn>[] = [
  { key: "no", names: ["STT", "No"], required: false },
  { key: "unit", names: ["Đơn vị", "Mã đơn vị", "Tên đơn vị", "Unit"], required: true },
  { key: "year", names: ["Năm", "Year"], required: true },
  {
    key: "award",
    names: ["Hình thức", "Danh hiệu, hình thức khen thưởng", "Hình thức khen thưởng", "Danh hiệu", "Award"],
    required: true,
  },
  { key: "decision", names: ["Quyết định", "Số quyết định", "Decision"], required: false },
];

/**
 * Reads `Khen thưởng`: the distinctions each unit received in earlier years, for section III of its
 * achievement report. A row naming no member unit, or a year that is not a year, is an error naming
 * the cell: a slip here would silently drop a line of the report.
 */
export function parseAwardHistory(
  sheet: RawSheet,
  file: string,
  units: readonly Unit[],
  unitOf: UnitIndex,
): { history: AwardRecord[]; diagnostics: Diagnostic[] } {
  const { table, diagnostics } = findTable(sheet, file, HISTORY_COLUMNS);
  const history: AwardRecord[] = [];
  if (!table) return { history, diagnostics };
  const text = (cell: TableCell): string | null => {
    if (isEmpty(cell.value)) return null;
    const t = readText(cell.value, cell.location);
    if (!t.ok) diagnostics.push(t.diagnostic);
    return t.ok ? t.value : null;
  };
  for (const row of table.rows) {
    const c = row.cells;
    if (isEmpty(c.unit.value) && isEmpty(c.year.value) && isEmpty(c.award.value)) continue;
    const unitText = text(c.unit);
    const unit = unitText === null ? undefined : unitOf(unitText);
    if (unitText === null)
      diagnostics.push(diagnostic("valueRequired", "error", c.unit.location, { field: "Đơn vị" }));
    else if (!unit) {
      const suggestion = suggestUnit(unitText, units);
      diagnostics.push(
        diagnostic("unknownUnit", "error", c.unit.location, {
          found: unitText,
          ...(suggestion === null ? {} : { suggestion: suggestion.name, suggestionCode: suggestion.code }),
        }),
      );
    }
    const year = yearOf(c.year, diagnostics);
    const award = text(c.award);
    if (award === null && isEmpty(c.award.value))
      diagnostics.push(diagnostic("valueRequired", "error", c.award.location, { field: "Hình thức" }));
    if (!unit || year === null || award === null) continue;
    history.push({
      unit: unit.code,
      year,
      award,
      decision: text(c.decision),
      location: { file, sheet: sheet.name, row: row.row },
    });
  }
  return { history, diagnostics };
}

function yearOf(cell: TableCell, diagnostics: Diagnostic[]): number | null {
  if (isEmpty(cell.value)) {
    diagnostics.push(diagnostic("valueRequired", "error", cell.location, { field: "Năm" }));
    return null;
  }
  const n = readNumber(cell.value, cell.location);
  if (n.ok && Number.isInteger(n.value) && n.value >= 1945 && n.value <= 2100) return n.value;
  diagnostics.push(
    diagnostic("invalidValue", "error", cell.location, {
      field: "Năm",
      expected: "một năm như 2023",
      found: displayText(cell.value),
    }),
  );
  return null;
}
