import type { Location } from "../model/diagnostic.js";
import type { CellValue, RawSheet } from "../read/raw-workbook.js";
import { cellAddress, cellAt } from "../read/raw-workbook.js";
import { displayText, isEmpty } from "./cell-values.js";
import { normalizeHeader } from "./normalize-name.js";

/** A key/value row of a two-column sheet (`Thông tin`, `Quy tắc`). */
export interface KeyValueRow {
  /** The key as typed. */
  key: string;
  /** Normalised key (workbook.md matching). */
  normalizedKey: string;
  value: CellValue;
  /** Location of the value cell (column B). */
  location: Location;
  /** 1-based sheet row. */
  row: number;
}

/** Every row with a key in column A, in sheet order; a row with only a value keeps an empty key. */
export function readKeyValues(sheet: RawSheet, file: string): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const keyCell = cellAt(sheet, r, 0);
    const value = cellAt(sheet, r, 1);
    if (isEmpty(keyCell) && isEmpty(value)) continue;
    const key = displayText(keyCell);
    rows.push({
      key,
      normalizedKey: normalizeHeader(key),
      value,
      location: { file, sheet: sheet.name, cell: cellAddress(r, 1) },
      row: r + 1,
    });
  }
  return rows;
}

/** The key spec: a field name in the code and the names a secretary may type for it. */
export interface KeySpec<K extends string> {
  key: K;
  names: readonly string[];
}

/** Finds which spec a normalised key belongs to. */
export function matchKey<K extends string>(
  specs: readonly KeySpec<K>[],
  normalizedKey: string,
): K | undefined {
  return specs.find((s) => s.names.some((n) => normalizeHeader(n) === normalizedKey))?.key;
}
