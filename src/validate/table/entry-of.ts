import type { Location } from "../../model/diagnostic.js";
import { toHundredths } from "../../model/points.js";
import type { CellValue } from "../../read/raw-workbook.js";
import { parseNumberText, shownText } from "../cell-values.js";
import type { Entry } from "./check-sums.js";

/** A cell's number as an entry of a sum check, or null when it holds none (empty, text, an error). */
export function entryOf(cell: CellValue, location: Location): Entry | null {
  const n = cell.kind === "number" ? cell.value : cell.kind === "text" ? parseNumberText(cell.value) : null;
  if (n === null) return null;
  const points = toHundredths(n);
  if (points === null) return null;
  return { points, typedAsNumber: cell.kind === "number", location, text: shownText(cell) };
}
