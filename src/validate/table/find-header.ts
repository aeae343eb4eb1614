import type { CellValue, RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import { displayText } from "../cell-values.js";
import type { ColumnRole } from "./header-roles.js";
import { headerRole } from "./header-roles.js";
import type { MergeMaster } from "./merged-cells.js";

/** Header rows are looked for in the first 30 rows: banner, motto, title, `Đơn vị:` lines above (workbook.md). */
export const HEADER_SEARCH_ROWS = 30;

/** One column of a table's header, as typed and as understood. */
export interface HeaderColumn {
  col: number;
  /** The header's text: the lower row of a two-row header, or the only row. */
  text: string;
  /** The text above it in a two-row header (`Điểm` over `Tự chấm`), null otherwise. */
  top: string | null;
  role: ColumnRole | null;
  /** Address of the header cell, for messages. */
  cell: string;
}

export interface Header {
  /** 0-based rows of the header (equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
  /** 0-based row where the data starts (after a `(1) (2) (3)` row when there is one). */
  dataStart: number;
  /** 0-based row of the column-number row that was skipped, or null. */
  numberRow: number | null;
}

const headerText = (cell: CellValue): string =>
  cell.kind === "text" || cell.kind === "number" ? displayText(cell).trim() : "";

function columnsOf(sheet: RawSheet, top: number, bottom: number): HeaderColumn[] {
  const width = Math.max(sheet.rows[top]?.length ?? 0, sheet.rows[bottom]?.length ?? 0);
  const columns: HeaderColumn[] = [];
  for (let col = 0; col < width; col++) {
    const upper = headerText(cellAt(sheet, top, col));
    const lower = top === bottom ? "" : headerText(cellAt(sheet, bottom, col));
    const text = lower !== "" ? lower : upper;
    const above = lower !== "" && upper !== "" && upper !== lower ? upper : null;
    const at = lower !== "" ? bottom : top;
    columns.push({ col, text, top: above, role: headerRole(text, above), cell: cellAddress(at, col) });
  }
  return columns;
}

/**
 * `(1) (2) (3)`, `1 2 3`, `A B C`, `(6)=(4)+(5)`: a row numbering the header's columns, not data. The
 * numbers run on by one across (nearly) every column of the header, and there are three of them or they
 * are in brackets: a data row `1 | 8` (criterion 1, 8 points) is not one.
 */
export function isColumnNumberRow(cells: readonly CellValue[], headerColumns = 0): boolean {
  const texts = cells.map(headerText).filter((t) => t !== "");
  if (texts.length < 2 || texts.length < headerColumns - 1) return false;
  const keys: number[] = [];
  let bracketed = true;
  for (const t of texts) {
    const m = /^[([]?([0-9]{1,2}|[A-Za-z])[)\]]?(\s*[=+\-*x/]\s*[([]?([0-9]{1,2}|[A-Za-z])[)\]]?)*$/.exec(t);
    if (!m?.[1]) return false;
    if (!/^[([]/.test(t)) bracketed = false;
    keys.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1].toUpperCase().charCodeAt(0));
  }
  const consecutive = keys.every((k, i) => i === 0 || k === (keys[i - 1] ?? 0) + 1);
  return consecutive && (texts.length >= 3 || bracketed);
}

/** True when a row under a header row continues it: header words or cells merged down from it, no numbers. */
function continuesHeader(sheet: RawSheet, row: number, masterOf: MergeMaster): boolean {
  const cells = sheet.rows[row] ?? [];
  let headerWords = 0;
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (cell === undefined || cell.kind === "empty") continue;
    const master = masterOf(row, col);
    if (master !== null && master.row < row) {
      headerWords++;
      continue;
    }
    if (cell.kind !== "text") return false;
    if (headerRole(cell.value) !== null) headerWords++;
  }
  return headerWords > 0;
}

/**
 * Finds a table's header in the first 30 rows: the first row (or pair of rows, for a header whose
 * top row is merged over sub-columns) whose columns `accept` says make the table (its score: how many
 * columns it understood, 0 for "not this table"; a two-row reading that understands as much wins, as it
 * knows what is under each merged title). Skips a
 * column-number row under it.
 */
export function findHeader(
  sheet: RawSheet,
  accept: (columns: readonly HeaderColumn[]) => number,
  masterOf: MergeMaster,
): Header | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const single = columnsOf(sheet, r, r);
    // A title merged across the table is not a header's top row: its words would tag every column.
    const distinct = new Set(single.map((c) => c.text).filter((t) => t !== "")).size;
    const pairAllowed = distinct >= 2 && r + 1 < sheet.rows.length && continuesHeader(sheet, r + 1, masterOf);
    const pair = pairAllowed ? columnsOf(sheet, r, r + 1) : null;
    const singleScore = accept(single);
    const pairScore = pair === null ? 0 : accept(pair);
    const chosen = pairScore > 0 && pairScore >= singleScore ? pair : singleScore > 0 ? single : null;
    if (chosen === null) continue;
    const lastRow = chosen === pair ? r + 1 : r;
    const named = chosen.filter((c) => c.text !== "").length;
    const numbered = isColumnNumberRow(sheet.rows[lastRow + 1] ?? [], named);
    return {
      firstRow: r,
      lastRow,
      columns: chosen,
      dataStart: lastRow + (numbered ? 2 : 1),
      numberRow: numbered ? lastRow + 1 : null,
    };
  }
  return null;
}

/** How many columns of a header have a role: the score of a table needing nothing more. */
export function roleCount(columns: readonly HeaderColumn[]): number {
  return columns.filter((c) => c.role !== null).length;
}

/** The columns of a header with a role, by role (the first of each; duplicates are the caller's business). */
export function columnsByRole(columns: readonly HeaderColumn[]): Map<ColumnRole, HeaderColumn[]> {
  const byRole = new Map<ColumnRole, HeaderColumn[]>();
  for (const c of columns) {
    if (c.role === null) continue;
    const list = byRole.get(c.role) ?? [];
    list.push(c);
    byRole.set(c.role, list);
  }
  return byRole;
}
