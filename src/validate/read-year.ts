import type { Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { CellValue } from "../read/raw-workbook.js";
import type { Read } from "./cell-values.js";
import { displayText } from "./cell-values.js";

/** `Năm`: a year from 1990 to 2200, typed as a number or as text (`2024`, `Năm 2024`, `2024.0`). */
export function readYear(cell: CellValue, location: Location): Read<number> {
  const t = displayText(cell);
  const match = /^(?:năm\s*)?(\d{4})(?:\.0+)?$/i.exec(t.trim());
  const n = match ? Number(match[1]) : NaN;
  if (cell.kind === "error" || cell.kind === "noResult" || !(n >= 1990 && n <= 2200)) {
    return {
      ok: false,
      diagnostic: diagnostic("invalidValue", "error", location, {
        field: "Năm",
        expected: "một năm như 2024",
        found: t,
      }),
    };
  }
  return { ok: true, value: n };
}
