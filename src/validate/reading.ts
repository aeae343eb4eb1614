import type { CriterionType } from "../model/bloc.js";
import type { ColumnRole } from "./table/header-roles.js";
import type { Header } from "./table/find-header.js";
import type { Outline } from "./table/build-outline.js";
import type { TableRows } from "./table/read-lines.js";

/**
 * How the tool read one table (workbook.md "Workbooks as they are": validate shows, for every unit,
 * where its points were read and how each column and row was understood). Rows are 1-based.
 */
export interface TableReading {
  file: string;
  sheet: string;
  header: { first: number; last: number };
  /** Columns taken, with their header as typed and its cell. */
  columns: { role: ColumnRole; header: string; cell: string }[];
  /** Columns seen and left (text only). */
  ignored: { header: string; cell: string }[];
  rows: { first: number; last: number } | null;
  groups: number[];
  sections: { row: number; type: CriterionType }[];
  totals: number[];
  explanations: number[];
  spacers: number[];
  /** The `(1) (2) (3)` row under the header, when one was skipped. */
  numberRow: number | null;
  /** Criteria codes made from the numbering (`I.1`, `II.1`) because it restarts in each group: a guess to check. */
  codesFromNumbering?: string[];
}

/** How a unit's points were found: which table, and how the unit was recognised there. */
export interface UnitReading {
  unit: string;
  /** The unit's name as in `Đơn vị`. */
  name?: string;
  table: TableReading | null;
  /** A master table's row or column holding the unit's points, when the points came from one. */
  line: string | null;
  /** How the unit was recognised: `code`, `name`, `abbreviation`, `file`, `title`, … with the text matched. */
  matchedBy: { how: string; text: string };
  /** How the table's rows were matched to the criteria (`code`, `path`, `loosePath`, `content`): counts. */
  rowsMatchedBy?: Partial<Record<string, number>>;
}

/** The reading of the whole bloc, for `validate`. */
export interface BlocReading {
  criteria: TableReading | null;
  units: UnitReading[];
  /** Sheets looked at and left, with why (notes, a lookup list, last year's copy). */
  ignoredSheets: { file: string; sheet: string; why: string }[];
}

/** Builds a table's reading from what the table readers found. */
export function tableReading(
  file: string,
  sheet: string,
  header: Header,
  used: ReadonlySet<number>,
  rows: TableRows,
  outline: Outline,
): TableReading {
  const columns = header.columns
    .filter((c) => used.has(c.col) && c.role !== null)
    .map((c) => ({
      role: c.role as ColumnRole,
      header: c.top ? `${c.top} › ${c.text}` : c.text,
      cell: c.cell,
    }));
  const ignored = header.columns
    .filter((c) => !used.has(c.col) && c.text !== "")
    .map((c) => ({ header: c.text, cell: c.cell }));
  const lineRows = outline.nodes.map((n) => n.line.row + 1);
  return {
    file,
    sheet,
    header: { first: header.firstRow + 1, last: header.lastRow + 1 },
    columns,
    ignored,
    rows: lineRows.length === 0 ? null : { first: lineRows[0] ?? 0, last: rows.end },
    groups: outline.nodes.filter((n) => n.kind === "group").map((n) => n.line.row + 1),
    sections: outline.nodes.filter((n) => n.section).map((n) => ({ row: n.line.row + 1, type: n.type })),
    totals: rows.marked.map((m) => m.row + 1),
    explanations: outline.nodes.filter((n) => n.kind === "explanation").map((n) => n.line.row + 1),
    spacers: rows.spacers.map((r) => r + 1),
    numberRow: header.numberRow === null ? null : header.numberRow + 1,
  };
}
