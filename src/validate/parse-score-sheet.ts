import type { Hundredths, Score } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { formatPoints, toHundredths } from "../model/points.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { displayText, isEmpty, readNumber, readPoints, readText } from "./cell-values.js";
import type { CriterionIndex } from "./criterion-index.js";
import type { ColumnSpec, TableCell } from "./find-table.js";
import { findTable } from "./find-table.js";

type ScoreColumn = "criterion" | "self" | "bloc" | "note";

/** Columns of a unit's score sheet (workbook.md layout 1 and 2). */
export const SCORE_COLUMNS: readonly ColumnSpec<ScoreColumn>[] = [
  { key: "criterion", names: ["Mã tiêu chí", "Mã", "Criterion", "Code"], required: true },
  { key: "self", names: ["Tự chấm", "Điểm tự chấm", "Self"], required: true },
  {
    key: "bloc",
    names: ["Khối chấm", "Cụm chấm", "Điểm khối chấm", "Điểm cụm chấm", "Bloc"],
    required: false,
  },
  { key: "note", names: ["Ghi chú", "Note"], required: false },
];

/** Scores of one unit by criterion code, from one sheet. */
export type UnitScores = Record<string, Score>;

/**
 * Reads one unit's score sheet. The points that count are `Khối chấm` where given, else `Tự chấm`;
 * every filled score cell is checked against its row's maximum. Missing rows are checked by the caller.
 */
export function parseScoreSheet(
  sheet: RawSheet,
  file: string,
  criterionOf: CriterionIndex,
): { scores: UnitScores; blankAt: Record<string, Location>; diagnostics: Diagnostic[] } {
  const { table, diagnostics } = findTable(sheet, file, SCORE_COLUMNS);
  const scores: UnitScores = {};
  const blankAt: Record<string, Location> = {};
  if (!table) return { scores, blankAt, diagnostics };
  const seenAt = new Map<string, string>();
  const selfSum = { plain: 0, signed: 0 };
  const blocSum = { plain: 0, signed: 0 };

  for (const row of table.rows) {
    const c = row.cells;
    const hasPoints = !isEmpty(c.self.value) || !isEmpty(c.bloc.value);
    const codeRead = isEmpty(c.criterion.value) ? null : readText(c.criterion.value, c.criterion.location);
    if (codeRead && !codeRead.ok) {
      diagnostics.push(codeRead.diagnostic);
      continue;
    }
    const code = codeRead?.value ?? null;
    const criterion = code === null ? undefined : criterionOf(code);
    if (!criterion) {
      // A heading row or a remark without points is part of how secretaries lay out the sheet.
      if (!hasPoints) continue;
      diagnostics.push(
        code === null
          ? diagnostic("valueRequired", "error", c.criterion.location, { field: "Mã tiêu chí" })
          : diagnostic("unknownCriterion", "error", c.criterion.location, { found: code }),
      );
      continue;
    }
    const first = seenAt.get(criterion.code);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic("duplicateScore", "error", c.criterion.location, {
          unit: sheet.name,
          criterion: criterion.code,
          first,
        }),
      );
      continue;
    }
    seenAt.set(criterion.code, c.criterion.location.cell ?? "");
    const read = (cell: TableCell): Hundredths | null => {
      if (isEmpty(cell.value)) return null;
      const p = readPoints(cell.value, cell.location, criterion.max);
      if (!p.ok) diagnostics.push(p.diagnostic);
      return p.ok ? p.value : null;
    };
    const self = read(c.self);
    const bloc = read(c.bloc);
    const sign = criterion.type === "deduction" ? -1 : 1;
    if (self !== null) {
      selfSum.plain += self;
      selfSum.signed += sign * self;
    }
    if (bloc !== null) {
      blocSum.plain += bloc;
      blocSum.signed += sign * bloc;
    }
    const broken = (!isEmpty(c.self.value) && self === null) || (!isEmpty(c.bloc.value) && bloc === null);
    if (broken) {
      // Already reported; record nothing so the unit is not also reported as missing this score.
      scores[criterion.code] = { points: 0, source: "self", selfPoints: null, location: c.self.location };
      continue;
    }
    if (bloc !== null)
      scores[criterion.code] = { points: bloc, source: "bloc", selfPoints: self, location: c.bloc.location };
    else if (self !== null)
      scores[criterion.code] = { points: self, source: "self", selfPoints: null, location: c.self.location };
    else blankAt[criterion.code] = c.self.location;
  }
  if (table.totalRow) {
    checkTotal(table.totalRow.cells.self, selfSum, diagnostics);
    if (table.columns.bloc !== undefined) checkTotal(table.totalRow.cells.bloc, blocSum, diagnostics);
  }
  return { scores, blankAt, diagnostics };
}

/**
 * The secretary's own total must equal the sum the tool computes (with or without deductions
 * subtracted: both layouts exist); a sheet that sums text cells to 0 is a common slip (workbook.md).
 */
function checkTotal(
  cell: TableCell,
  sum: { plain: number; signed: number },
  diagnostics: Diagnostic[],
): void {
  if (isEmpty(cell.value)) return;
  const n = readNumber(cell.value, cell.location);
  if (!n.ok) {
    if (cell.value.kind === "error" || cell.value.kind === "noResult") diagnostics.push(n.diagnostic);
    return;
  }
  const found = toHundredths(n.value);
  if (found !== sum.plain && found !== sum.signed) {
    diagnostics.push(
      diagnostic("totalMismatch", "warning", cell.location, {
        found: displayText(cell.value),
        expected: formatPoints(sum.signed),
      }),
    );
  }
}
