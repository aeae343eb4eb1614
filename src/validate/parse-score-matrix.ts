import type { Criterion } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { cellAddress, cellAt } from "../read/raw-workbook.js";
import { displayText, isEmpty, readPoints, readText } from "./cell-values.js";
import type { CriterionIndex } from "./criterion-index.js";
import { isTotalRow } from "./find-table.js";
import { normalizeHeader } from "./normalize-name.js";
import type { UnitScores } from "./parse-score-sheet.js";

const CODE_HEADERS = ["Mã", "Mã đơn vị", "Code"].map(normalizeHeader);
const NAME_HEADERS = ["Tên đơn vị", "Đơn vị", "Name", "Unit"].map(normalizeHeader);

/** A row of the matrix: the unit as typed, where, and its scores. */
export interface MatrixRow {
  unitText: string;
  location: Location;
  scores: UnitScores;
  /** Cells left empty, by criterion code. */
  blankAt: Record<string, Location>;
}

interface MatrixHeader {
  row: number;
  unitCol: number;
  criterionCols: Map<number, Criterion>;
}

function findHeader(sheet: RawSheet, criterionOf: CriterionIndex): MatrixHeader | null {
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const cells = sheet.rows[r] ?? [];
    let codeCol = -1;
    let nameCol = -1;
    const criterionCols = new Map<number, Criterion>();
    cells.forEach((cell, col) => {
      if (cell.kind !== "text" && cell.kind !== "number") return;
      const text = displayText(cell);
      const key = normalizeHeader(text);
      if (codeCol < 0 && CODE_HEADERS.includes(key)) codeCol = col;
      else if (nameCol < 0 && NAME_HEADERS.includes(key)) nameCol = col;
      else {
        const criterion = criterionOf(text);
        if (criterion && ![...criterionCols.values()].includes(criterion)) criterionCols.set(col, criterion);
      }
    });
    const unitCol = codeCol >= 0 ? codeCol : nameCol;
    if (unitCol >= 0 && criterionCols.size > 0) return { row: r, unitCol, criterionCols };
  }
  return null;
}

/**
 * Reads the `Bảng điểm` matrix (workbook.md layout 3): one row per unit, one column per criterion
 * code, each cell the agreed points. Missing scores are checked by the caller.
 */
export function parseScoreMatrix(
  sheet: RawSheet,
  file: string,
  criterionOf: CriterionIndex,
): { rows: MatrixRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rows: MatrixRow[] = [];
  const header = findHeader(sheet, criterionOf);
  if (!header) {
    diagnostics.push(
      diagnostic(
        "headerNotFound",
        "error",
        { file, sheet: sheet.name },
        { headers: ["Mã", "<mã tiêu chí>"] },
      ),
    );
    return { rows, diagnostics };
  }
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isEmpty)) break;
    if (isTotalRow(sheet, r)) break;
    const unitCell = cellAt(sheet, r, header.unitCol);
    const location: Location = { file, sheet: sheet.name, cell: cellAddress(r, header.unitCol) };
    const unit = readText(unitCell, location);
    if (!unit.ok) {
      diagnostics.push(unit.diagnostic);
      continue;
    }
    if (unit.value === "") {
      diagnostics.push(diagnostic("valueRequired", "error", location, { field: "Mã" }));
      continue;
    }
    const scores: UnitScores = {};
    const blankAt: Record<string, Location> = {};
    for (const [col, criterion] of header.criterionCols) {
      const cell = cellAt(sheet, r, col);
      const cellLocation: Location = { file, sheet: sheet.name, cell: cellAddress(r, col) };
      if (isEmpty(cell)) {
        blankAt[criterion.code] = cellLocation;
        continue;
      }
      const p = readPoints(cell, cellLocation, criterion.max);
      if (!p.ok) diagnostics.push(p.diagnostic);
      // Matrix cells hold the points that count: the bloc's agreed points.
      scores[criterion.code] = {
        points: p.ok ? p.value : 0,
        source: "bloc",
        selfPoints: null,
        location: cellLocation,
      };
    }
    rows.push({ unitText: unit.value, location: { file, sheet: sheet.name, row: r + 1 }, scores, blankAt });
  }
  return { rows, diagnostics };
}
