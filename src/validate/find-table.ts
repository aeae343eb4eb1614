import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue, RawSheet } from "../read/raw-workbook.js";
import { cellAddress, cellAt } from "../read/raw-workbook.js";
import { displayText, isEmpty } from "./cell-values.js";
import { normalizeHeader, normalizeName } from "./normalize-name.js";

/** A column a table may have: its key in the code, the header names it is recognised by. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** Vietnamese names first, then English aliases; matched as in workbook.md. */
  names: readonly string[];
  required: boolean;
}

/** A cell of a table row with where it is. */
export interface TableCell {
  value: CellValue;
  location: Location;
}

export interface TableRow<K extends string> {
  /** 1-based sheet row number. */
  row: number;
  cells: Record<K, TableCell>;
}

export interface Table<K extends string> {
  /** Which columns were found (0-based column index by key). */
  columns: Partial<Record<K, number>>;
  rows: TableRow<K>[];
  /** The secretary's own total row (`Tổng cộng`), if the table ends with one. */
  totalRow: TableRow<K> | null;
}

/** Header rows are looked for in the first 30 rows (workbook.md). */
const HEADER_SEARCH_ROWS = 30;
const TOTAL_WORDS = new Set(["tong", "tong cong", "cong", "tong diem"]);

function rowIsEmpty(sheet: RawSheet, row: number): boolean {
  return (sheet.rows[row] ?? []).every(isEmpty);
}

/** True when the first filled cell of the row reads `Tổng`, `Tổng cộng`, `Cộng` or `Tổng điểm`. */
export function isTotalRow(sheet: RawSheet, row: number): boolean {
  const first = (sheet.rows[row] ?? []).find((c) => !isEmpty(c));
  return (
    first !== undefined &&
    first.kind === "text" &&
    TOTAL_WORDS.has(normalizeName(first.value).replace(/:$/, ""))
  );
}

function matchHeaders<K extends string>(
  sheet: RawSheet,
  row: number,
  specs: readonly ColumnSpec<K>[],
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  const cells = sheet.rows[row] ?? [];
  cells.forEach((cell, col) => {
    if (cell.kind !== "text" && cell.kind !== "number") return;
    const key = normalizeHeader(displayText(cell));
    const spec = specs.find(
      (s) => found[s.key] === undefined && s.names.some((n) => normalizeHeader(n) === key),
    );
    if (spec) found[spec.key] = col;
  });
  return found;
}

/** Finds the header row with every required header and reads the table under it. */
export function findTable<K extends string>(
  sheet: RawSheet,
  file: string,
  specs: readonly ColumnSpec<K>[],
): { table: Table<K> | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const required = specs.filter((s) => s.required);
  let headerRow = -1;
  let columns: Partial<Record<K, number>> = {};
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    const found = matchHeaders(sheet, r, specs);
    if (required.every((s) => found[s.key] !== undefined)) {
      headerRow = r;
      columns = found;
      break;
    }
  }
  if (headerRow < 0) {
    diagnostics.push(
      diagnostic(
        "headerNotFound",
        "error",
        { file, sheet: sheet.name },
        { headers: required.map((s) => s.names[0] ?? s.key) },
      ),
    );
    return { table: null, diagnostics };
  }
  (sheet.rows[headerRow] ?? []).forEach((cell, col) => {
    if (!isEmpty(cell) && !Object.values(columns).includes(col)) {
      diagnostics.push(
        diagnostic(
          "unknownColumn",
          "note",
          { file, sheet: sheet.name, cell: cellAddress(headerRow, col) },
          { header: displayText(cell) },
        ),
      );
    }
  });

  const readRow = (r: number): TableRow<K> => {
    const cells = {} as Record<K, TableCell>;
    for (const spec of specs) {
      const col = columns[spec.key];
      const location: Location = { file, sheet: sheet.name, cell: cellAddress(r, col ?? 0) };
      cells[spec.key] = { value: col === undefined ? { kind: "empty" } : cellAt(sheet, r, col), location };
    }
    return { row: r + 1, cells };
  };

  const rows: TableRow<K>[] = [];
  let totalRow: TableRow<K> | null = null;
  let r = headerRow + 1;
  // A row with every required column filled: data, even after an empty spacer row (workbook.md).
  const isData = (row: number) =>
    required.every((spec) => {
      const col = columns[spec.key];
      return col !== undefined && !isEmpty(cellAt(sheet, row, col));
    });
  for (; r < sheet.rows.length; r++) {
    if (rowIsEmpty(sheet, r)) {
      let next = r + 1;
      while (next < sheet.rows.length && rowIsEmpty(sheet, next)) next++;
      if (next < sheet.rows.length && isData(next) && !isTotalRow(sheet, next)) {
        r = next - 1;
        continue;
      }
      break;
    }
    if (isTotalRow(sheet, r)) {
      totalRow = readRow(r);
      break;
    }
    rows.push(readRow(r));
  }
  if (totalRow === null && r < sheet.rows.length) {
    const emptyRow = r + 1;
    for (let after = r + 1; after < sheet.rows.length; after++) {
      if (!rowIsEmpty(sheet, after)) {
        diagnostics.push(
          diagnostic("dataAfterTable", "warning", { file, sheet: sheet.name, row: after + 1 }, { emptyRow }),
        );
        break;
      }
    }
  }
  return { table: { columns, rows, totalRow }, diagnostics };
}

/** The sheet whose name matches one of `names` (workbook.md matching), if any. */
export function findSheet(sheets: readonly RawSheet[], names: readonly string[]): RawSheet | undefined {
  const keys = names.map(normalizeName);
  return sheets.find((s) => keys.includes(normalizeName(s.name)));
}
