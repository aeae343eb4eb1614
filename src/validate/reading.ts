import type * as z from "zod";
import type { ColumnRole } from "./table/header-roles.js";
import type { blocReadingSchema, tableReadingSchema, unitReadingSchema } from "./reading-schema.js";
import type { Header } from "./table/find-header.js";
import type { Outline } from "./table/build-outline.js";
import type { TableRows } from "./table/read-lines.js";

/** How the tool read one table (rows 1-based); the contract is `reading-schema.ts`. */
export type TableReading = z.infer<typeof tableReadingSchema>;

/** How a unit's points were found: which table, and how the unit was recognised there. */
export type UnitReading = z.infer<typeof unitReadingSchema>;

/** The reading of the whole bloc, for `validate`. */
export type BlocReading = z.infer<typeof blocReadingSchema>;

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
  const groups: number[] = [];
  const sections: TableReading["sections"] = [];
  const explanations: number[] = [];
  for (const n of outline.nodes) {
    if (n.kind === "group") groups.push(n.line.row + 1);
    if (n.kind === "explanation") explanations.push(n.line.row + 1);
    if (n.section) sections.push({ row: n.line.row + 1, type: n.type });
  }
  return {
    file,
    sheet,
    header: { first: header.firstRow + 1, last: header.lastRow + 1 },
    columns,
    ignored,
    rows: lineRows.length === 0 ? null : { first: lineRows[0] ?? 0, last: rows.end },
    groups,
    sections,
    totals: rows.marked.filter((m) => m.kind === "total").map((m) => m.row + 1),
    ranks: rows.marked.filter((m) => m.kind === "rank").map((m) => m.row + 1),
    explanations,
    spacers: rows.spacers.map((r) => r + 1),
    numberRow: header.numberRow === null ? null : header.numberRow + 1,
  };
}
