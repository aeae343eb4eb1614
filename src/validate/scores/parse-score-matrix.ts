import type { Criterion, Unit } from "../../model/bloc.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import { displayText, isEmpty, readPoints, readText } from "../cell-values.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { normalizeName } from "../normalize-name.js";
import { tableReading } from "../reading.js";
import type { Header, HeaderColumn } from "../table/find-header.js";
import { findHeader } from "../table/find-header.js";
import { mergeMasters } from "../table/merged-cells.js";
import { leadingNumbering } from "../table/numbering.js";
import { isNumberCell } from "../table/read-lines.js";
import { isSignatureText, isTotalText } from "../table/row-words.js";
import { matchUnit } from "../units/match-unit.js";
import type { ScoreSource } from "./choose-source.js";
import type { UnitScores } from "./read-form-table.js";

/** A row of the matrix: a unit's points, where they are. */
export type MatrixRow = Omit<ScoreSource, "years">;

const UNIT_ROLES = new Set(["unit", "unitCode", "code"]);
const TEXT_ROLES = new Set(["no", "note", "rating"]);

/** The criterion a matrix column is for: its header as a code, or the group above it and its number. */
function criterionOfColumn(column: HeaderColumn, lookup: CriterionLookup): Criterion | null {
  if (column.text === "" || (column.role !== null && !["code", "max", "total"].includes(column.role)))
    return null;
  const group = column.top === null ? null : (leadingNumbering(column.top)?.numbering.label ?? column.top);
  const path = group === null ? column.text : `${group}.${column.text}`;
  const found = lookup({ code: column.text, path, content: "" });
  return found === null || found.how === "content" ? null : found.criterion;
}

/**
 * Reads the `Bảng điểm` matrix (workbook.md layout 3): one row per unit (its code or name), one
 * column per criterion (its code, or its number under its group's merged title), each cell the
 * points that count. Missing scores are checked by the caller; a column or row holding numbers the
 * reader cannot place is an error.
 */
export function parseScoreMatrix(
  sheet: RawSheet,
  file: string,
  _criteria: readonly Criterion[],
  lookup: CriterionLookup,
  units: readonly Unit[],
): { rows: MatrixRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rows: MatrixRow[] = [];
  const where = { file, sheet: sheet.name };
  const masterOf = mergeMasters(sheet);
  const unitColumn = (columns: readonly HeaderColumn[]) =>
    columns.find((c) => c.role === "unitCode" || c.role === "code") ??
    columns.find((c) => c.role === "unit") ??
    null;
  const accept = (columns: readonly HeaderColumn[]) =>
    unitColumn(columns) !== null &&
    columns.some((c) => c !== unitColumn(columns) && criterionOfColumn(c, lookup) !== null);
  const header = findHeader(sheet, accept, masterOf);
  if (header === null) {
    diagnostics.push(diagnostic("headerNotFound", "error", where, { headers: ["Mã", "<mã tiêu chí>"] }));
    return { rows, diagnostics };
  }
  const unitCol = unitColumn(header.columns);
  if (unitCol === null) return { rows, diagnostics };
  const criterionCols = new Map<number, Criterion>();
  const used = new Set<number>([unitCol.col]);
  for (const column of header.columns) {
    if (column === unitCol) continue;
    const criterion = criterionOfColumn(column, lookup);
    if (criterion === null || [...criterionCols.values()].includes(criterion)) continue;
    criterionCols.set(column.col, criterion);
    used.add(column.col);
  }
  for (const column of header.columns) {
    if (
      used.has(column.col) ||
      (column.role !== null && (TEXT_ROLES.has(column.role) || UNIT_ROLES.has(column.role)))
    )
      used.add(column.col);
  }

  for (let r = header.dataStart; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isEmpty)) continue;
    const texts = cells.filter((c) => c.kind === "text").map((c) => displayText(c));
    if (texts.some(isSignatureText)) break;
    const unitCell = cellAt(sheet, r, unitCol.col);
    const location: Location = { ...where, cell: cellAddress(r, unitCol.col) };
    const unitText = readText(unitCell, location);
    if (!unitText.ok) {
      diagnostics.push(unitText.diagnostic);
      continue;
    }
    if (texts.some(isTotalText) || isMaxRow(unitText.value)) continue;
    const numbers = [...criterionCols.keys()].some((c) => isNumberCell(cellAt(sheet, r, c)));
    if (unitText.value === "") {
      if (numbers) diagnostics.push(diagnostic("valueRequired", "error", location, { field: "Mã" }));
      continue;
    }
    const match = matchUnit(unitText.value, units);
    if (match.kind !== "one") {
      diagnostics.push(diagnostic("unknownUnit", "error", location, { found: unitText.value }));
      continue;
    }
    const scores: UnitScores = {};
    const blankAt: Record<string, Location> = {};
    for (const [col, criterion] of criterionCols) {
      const cell = cellAt(sheet, r, col);
      const cellLocation: Location = { ...where, cell: cellAddress(r, col) };
      if (isEmpty(cell) || masterOf(r, col) !== null) {
        blankAt[criterion.code] = cellLocation;
        continue;
      }
      const p = readPoints(cell, cellLocation, criterion.max, criterion.type === "deduction");
      if (!p.ok) diagnostics.push(p.diagnostic);
      // Matrix cells hold the points that count: the bloc's agreed points.
      scores[criterion.code] = {
        points: p.ok ? p.value : 0,
        source: "bloc",
        selfPoints: null,
        location: cellLocation,
      };
    }
    rows.push({
      unit: match.unit,
      label: `${file} › ${sheet.name} › dòng ${r + 1}`,
      location: { ...where, row: r + 1 },
      scores,
      blankAt,
      reading: {
        unit: match.unit.code,
        table: matrixReading(file, sheet.name, header, used),
        line: `dòng ${r + 1}`,
        matchedBy: { how: `row:${match.how}`, text: unitText.value },
      },
    });
  }
  return { rows, diagnostics };
}

/** A row under the header giving each column's maximum (`Điểm tối đa`, `Điểm chuẩn`, `Thang điểm`). */
function isMaxRow(text: string): boolean {
  return /^(diem toi da|diem chuan|thang diem|toi da)( \([^()]*\))?:?$/.test(normalizeName(text));
}

function matrixReading(file: string, sheet: string, header: Header, used: ReadonlySet<number>) {
  return tableReading(
    file,
    sheet,
    header,
    used,
    { lines: [], marked: [], spacers: [], end: header.dataStart, after: null },
    { nodes: [] },
  );
}
