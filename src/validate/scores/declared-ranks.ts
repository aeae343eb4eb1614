import type { Location } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import { entryOf } from "../table/entry-of.js";
import type { MasterColumn } from "./parse-master-columns.js";

/** A rank the secretary typed in a master table (`Xếp hạng`), checked against the computed one. */
export interface DeclaredRank {
  unit: string;
  rank: number;
  location: Location;
}

/** The ranks a master table's `Xếp hạng` row gives one unit's column. */
export function declaredRanks(sheet: RawSheet, file: string, column: MasterColumn): DeclaredRank[] {
  return column.table.marked.flatMap((m) => {
    if (m.kind !== "rank") return [];
    const location = { file, sheet: sheet.name, cell: cellAddress(m.row, column.column.col) };
    const entry = entryOf(cellAt(sheet, m.row, column.column.col), location);
    if (entry === null || entry.points % 100 !== 0) return [];
    return [{ unit: column.unit.code, rank: entry.points / 100, location }];
  });
}
