import type { Criterion, CriterionType, Unit } from "../../model/bloc.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { formatPointsShort } from "../../model/points.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import { displayText, isEmpty, isNoneMark, readPoints, readText } from "../cell-values.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { normalizeName } from "../normalize-name.js";
import { tableReading } from "../reading.js";
import { compareTotal } from "../table/check-sums.js";
import { checkUnknownNumbers } from "../table/check-unknown-numbers.js";
import { entryOf } from "../table/entry-of.js";
import type { HeaderColumn } from "../table/find-header.js";
import { findHeader } from "../table/find-header.js";
import { mergeMasters } from "../table/merged-cells.js";
import { isNumberCell } from "../table/read-lines.js";
import { isSignatureText, isTotalText } from "../table/row-words.js";
import { matchUnit } from "../units/match-unit.js";
import type { ScoreSource } from "./choose-source.js";
import type { CollapsedColumn } from "./collapse-criteria.js";
import type { DeclaredRank } from "./declared-ranks.js";
import type { MatrixColumn } from "./matrix-columns.js";
import { matrixColumn } from "./matrix-columns.js";
import type { UnitScores } from "./read-form-table.js";

/** A row of the matrix: a unit's points, where they are. */
export type MatrixRow = Omit<ScoreSource, "years" | "sheetKey">;

export interface ParsedMatrix {
  /** False when the sheet holds no such table. */
  found: boolean;
  /** 0-based first row of its header. */
  headerRow: number;
  rows: MatrixRow[];
  /** Columns that score several criteria at once: the bloc is then scored at their grain. */
  collapsed: CollapsedColumn[];
  declaredRanks: DeclaredRank[];
  diagnostics: Diagnostic[];
}

const TEXT_ROLES = new Set(["no", "note", "rating", "unit", "unitCode", "code"]);

const unitColumn = (columns: readonly HeaderColumn[]) =>
  columns.find((c) => c.role === "unitCode" || c.role === "code") ??
  columns.find((c) => c.role === "unit") ??
  null;

/**
 * Reads a master table with units as rows: the `Bảng điểm` matrix of workbook.md layout 3 (one column
 * per criterion code) and the summary sheets blocs keep (a two-row header with each group's title over
 * its criteria's numbers, or the groups as a whole; the unit's whole `Điểm thưởng` and `Điểm trừ`; the
 * secretary's `Tổng điểm` and `Xếp hạng`, cross-checked). Each cell holds the points that count.
 */
export function parseScoreMatrix(
  sheet: RawSheet,
  file: string,
  criteria: readonly Criterion[],
  lookup: CriterionLookup,
  units: readonly Unit[],
): ParsedMatrix {
  const diagnostics: Diagnostic[] = [];
  const rows: MatrixRow[] = [];
  const ranks: DeclaredRank[] = [];
  const where = { file, sheet: sheet.name };
  const masterOf = mergeMasters(sheet);
  const kindOf = (c: HeaderColumn) => matrixColumn(c, criteria, lookup, { ...where, cell: c.cell });
  const accept = (columns: readonly HeaderColumn[]) => {
    const unit = unitColumn(columns);
    if (unit === null) return 0;
    // Score: the criteria the columns cover, each once (a group title merged over its criteria names one group).
    const covered = new Set<string>();
    for (const c of columns) {
      const kind = c === unit ? null : kindOf(c);
      if (kind?.kind === "criterion") covered.add(kind.criterion.code);
      else if (kind?.kind === "collapsed") covered.add(`group ${kind.target.code}`);
    }
    return covered.size;
  };
  const header = findHeader(sheet, accept, masterOf);
  const unitCol = header === null ? null : unitColumn(header.columns);
  if (header === null || unitCol === null) {
    diagnostics.push(diagnostic("headerNotFound", "error", where, { headers: ["Mã", "<mã tiêu chí>"] }));
    return { found: false, headerRow: 0, rows, collapsed: [], declaredRanks: ranks, diagnostics };
  }
  const kinds = new Map<number, MatrixColumn>();
  const used = new Set<number>([unitCol.col]);
  const covered = new Map<string, HeaderColumn>();
  for (const column of header.columns) {
    if (column === unitCol) continue;
    const kind = kindOf(column);
    if (kind === null) {
      if (column.role !== null && TEXT_ROLES.has(column.role)) used.add(column.col);
      continue;
    }
    const members =
      kind.kind === "criterion" ? [kind.criterion] : kind.kind === "collapsed" ? kind.target.members : [];
    const twice = members.map((m) => covered.get(m.code)).find((c) => c !== undefined);
    if (twice) {
      diagnostics.push(
        diagnostic(
          "ambiguousColumns",
          "error",
          { ...where, cell: column.cell },
          {
            headers: [`${twice.text} (${twice.cell})`, `${column.text} (${column.cell})`],
          },
        ),
      );
      continue;
    }
    for (const m of members) covered.set(m.code, column);
    kinds.set(column.col, kind);
    used.add(column.col);
  }
  const tableRows: number[] = [];
  for (let r = header.dataStart; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isEmpty)) continue;
    const texts = cells.filter((c) => c.kind === "text").map((c) => displayText(c));
    if (texts.some(isSignatureText)) break;
    const location: Location = { ...where, cell: cellAddress(r, unitCol.col) };
    const unitText = readText(cellAt(sheet, r, unitCol.col), location);
    if (!unitText.ok) {
      diagnostics.push(unitText.diagnostic);
      continue;
    }
    if (texts.some(isTotalText) || isMaxRow(unitText.value)) continue;
    tableRows.push(r);
    if (unitText.value === "") {
      if ([...kinds.keys()].some((c) => isNumberCell(cellAt(sheet, r, c))))
        diagnostics.push(diagnostic("valueRequired", "error", location, { field: "Mã" }));
      continue;
    }
    const match = matchUnit(unitText.value, units);
    if (match.kind !== "one") {
      diagnostics.push(diagnostic("unknownUnit", "error", location, { found: unitText.value }));
      continue;
    }
    const row = readMatrixRow(sheet, r, kinds, where, diagnostics);
    for (const rank of row.ranks) ranks.push({ unit: match.unit.code, ...rank });
    rows.push({
      unit: match.unit,
      label: `${file} › ${sheet.name} › dòng ${r + 1}`,
      location: { ...where, row: r + 1 },
      scores: row.scores,
      blankAt: row.blankAt,
      reading: {
        unit: match.unit.code,
        table: tableReading(
          file,
          sheet.name,
          header,
          used,
          { lines: [], marked: [], spacers: [], end: r + 1, after: null },
          { nodes: [] },
        ),
        line: `dòng ${r + 1}`,
        matchedBy: { how: `row:${match.how}`, text: unitText.value },
      },
    });
  }
  diagnostics.push(...checkUnknownNumbers(sheet, file, header.columns, used, tableRows, masterOf));
  const collapsed = [...kinds.values()].flatMap((k) => (k.kind === "collapsed" ? [k.target] : []));
  return { found: true, headerRow: header.firstRow, rows, collapsed, declaredRanks: ranks, diagnostics };
}

/** One unit's row: its points by criterion (or collapsed column), its total checked, its typed rank. */
function readMatrixRow(
  sheet: RawSheet,
  r: number,
  kinds: ReadonlyMap<number, MatrixColumn>,
  where: { file: string; sheet: string },
  diagnostics: Diagnostic[],
): { scores: UnitScores; blankAt: Record<string, Location>; ranks: { rank: number; location: Location }[] } {
  const scores: UnitScores = {};
  const blankAt: Record<string, Location> = {};
  const ranks: { rank: number; location: Location }[] = [];
  const sums = { standard: 0, bonus: 0, deduction: 0 };
  const typed = { standard: 0, bonus: 0, deduction: 0 };
  const totals: { location: Location; text: string; points: number }[] = [];
  for (const [col, kind] of kinds) {
    const cell = cellAt(sheet, r, col);
    const location: Location = { ...where, cell: cellAddress(r, col) };
    if (kind.kind === "total" || kind.kind === "rank") {
      const entry = entryOf(cell, location);
      if (entry === null) continue;
      if (kind.kind === "total") totals.push({ location, text: entry.text, points: entry.points });
      else if (entry.points % 100 === 0) ranks.push({ rank: entry.points / 100, location });
      continue;
    }
    const target =
      kind.kind === "criterion"
        ? { code: kind.criterion.code, max: kind.criterion.max, type: kind.criterion.type }
        : {
            code: kind.target.code,
            max: kind.target.members.reduce((s, m) => s + m.max, 0),
            type: kind.target.type,
          };
    if (isEmpty(cell) || isNoneMark(cell)) {
      blankAt[target.code] = location;
      continue;
    }
    const p = readPoints(cell, location, target.max, target.type === "deduction");
    if (!p.ok) diagnostics.push(p.diagnostic);
    const points = p.ok ? p.value : 0;
    add(sums, target.type, points);
    if (cell.kind === "number") add(typed, target.type, points);
    // Matrix cells hold the points that count: the bloc's agreed points.
    scores[target.code] = { points, source: "bloc", selfPoints: null, location };
  }
  for (const total of totals) {
    if (compareTotal(total.points, sums, typed, null) === "ok") continue;
    // As for a form's total row: the row's points are all counted, the sheet's total is what is off.
    const expected = formatPointsShort(sums.standard + sums.bonus - sums.deduction);
    diagnostics.push(diagnostic("totalMismatch", "warning", total.location, { found: total.text, expected }));
  }
  return { scores, blankAt, ranks };
}

function add(sums: Record<CriterionType, number>, type: CriterionType, points: number): void {
  sums[type] += points;
}

/** A row under the header giving each column's maximum (`Điểm tối đa`, `Điểm chuẩn`, `Thang điểm`). */
function isMaxRow(text: string): boolean {
  return /^(diem toi da|diem chuan|thang diem|toi da)( \([^()]*\))?:?$/.test(normalizeName(text));
}
