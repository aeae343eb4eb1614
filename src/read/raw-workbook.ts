import type { CalendarDate } from "../model/bloc.js";

/** A cell as the secretary sees it, whatever the file was (.xlsx read directly, .xls or .ods converted). */
export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "date"; value: CalendarDate }
  | { kind: "boolean"; value: boolean }
  /** An error result such as `#REF!` or `#DIV/0!`. */
  | { kind: "error"; value: string }
  /** A formula whose result was never calculated (the file was written by a program, not saved by Excel). */
  | { kind: "noResult"; formula: string };

/** A merged range, 0-based and inclusive; its other cells repeat the master (top-left) cell's value. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet as a dense grid: `rows[r][c]`, 0-based; missing cells are empty. */
export interface RawSheet {
  name: string;
  rows: CellValue[][];
  /**
   * Merged ranges. Every cell of a range shows the master's value (as Excel shows it), so a reader
   * of points must know which cells are copies: a score merged over three rows is one score, not three.
   */
  merges?: readonly MergeRange[];
}

/** A workbook reduced to its sheets' values: the only thing the validate stage sees. */
export interface RawWorkbook {
  /** The path as the user gave it, for messages. */
  file: string;
  sheets: RawSheet[];
}

export const EMPTY: CellValue = { kind: "empty" };

/** The cell at 0-based row/column, empty when outside the grid. */
export function cellAt(sheet: RawSheet, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? EMPTY;
}

/** `A1`-style address of a 0-based row/column. */
export function cellAddress(row: number, col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row + 1}`;
}
