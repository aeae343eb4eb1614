import type { Criterion, Score } from "../../model/bloc.js";
import type { Hundredths } from "../../model/points.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { formatPointsShort, toHundredths } from "../../model/points.js";
import type { CellValue, RawSheet } from "../../read/raw-workbook.js";
import { cellAddress, cellAt } from "../../read/raw-workbook.js";
import { isEmpty, isNoneMark, readNumber, shownText } from "../cell-values.js";
import { entryOf } from "../table/entry-of.js";
import type { FormColumns } from "./form-columns.js";

export interface FormRow {
  score: Score | null;
  /** Where the row's points would be, when it has none. */
  blank: Location | null;
  /** The row's printed maximum, when it is not the bloc's. */
  maxDiffers: { location: Location; found: string } | null;
}

/**
 * Points in hundredths, at most two decimals, from 0 to the row's maximum. On a deduction row the
 * sign secretaries type is the direction, not a value: `-0,5` and `0,5` both take off 0.5 (workbook.md).
 */
function readCounted(
  cell: CellValue,
  location: Location,
  criterion: Criterion,
  checkRange: boolean,
  diagnostics: Diagnostic[],
): Hundredths | null {
  // The points are read thousands of times: the words of a message are made only for a message.
  if (cell.kind === "number" && checkRange) {
    const quick = toHundredths(criterion.type === "deduction" ? Math.abs(cell.value) : cell.value);
    if (quick !== null && quick >= 0 && quick <= criterion.max) return quick;
  }
  const maxText = formatPointsShort(criterion.max);
  const n = readNumber(cell, location, `từ 0 đến ${maxText}`);
  if (!n.ok) {
    diagnostics.push(n.diagnostic);
    return null;
  }
  let h = toHundredths(n.value);
  if (h === null) {
    diagnostics.push(diagnostic("tooManyDecimals", "error", location, { found: shownText(cell) }));
    return null;
  }
  if (criterion.type === "deduction" && h < 0) h = -h;
  if (checkRange && (h < 0 || h > criterion.max)) {
    diagnostics.push(
      diagnostic("scoreOutOfRange", "error", location, { max: maxText, found: shownText(cell) }),
    );
    return null;
  }
  return h;
}

/** A per-row bonus or deduction beside the points: any amount from 0, a deduction's sign ignored. */
function readExtra(
  cell: CellValue,
  location: Location,
  deduction: boolean,
  diagnostics: Diagnostic[],
): Hundredths {
  const n = readNumber(cell, location, "từ 0");
  if (!n.ok) {
    diagnostics.push(n.diagnostic);
    return 0;
  }
  const h = toHundredths(deduction ? Math.abs(n.value) : n.value);
  if (h === null)
    diagnostics.push(diagnostic("tooManyDecimals", "error", location, { found: shownText(cell) }));
  else if (h < 0)
    diagnostics.push(diagnostic("scoreOutOfRange", "error", location, { max: "…", found: shownText(cell) }));
  return h !== null && h > 0 ? h : 0;
}

/** Reads one form row matched to a criterion: its points (agreed where given), its extras, its printed maximum. */
export function readFormRow(
  sheet: RawSheet,
  file: string,
  row: number,
  columns: FormColumns,
  criterion: Criterion,
  diagnostics: Diagnostic[],
): FormRow {
  const at = (col: number): Location => ({ file, sheet: sheet.name, cell: cellAddress(row, col) });
  let maxDiffers: FormRow["maxDiffers"] = null;
  if (columns.max !== null) {
    const printed = entryOf(cellAt(sheet, row, columns.max.col), at(columns.max.col));
    const points = criterion.type === "deduction" ? Math.abs(printed?.points ?? 0) : printed?.points;
    if (printed !== null && points !== criterion.max)
      maxDiffers = { location: printed.location, found: printed.text };
  }
  const cellOf = (c: FormColumns["self"]): CellValue =>
    c === null || isNoneMark(cellAt(sheet, row, c.col)) ? { kind: "empty" } : cellAt(sheet, row, c.col);
  let selfCell: CellValue = cellOf(columns.self);
  let selfColumn = columns.self;
  // On a bonus or deduction row, the unit may put its points in the bonus/deduction column instead.
  const sideColumn =
    criterion.type === "bonus" ? columns.bonus : criterion.type === "deduction" ? columns.deduction : null;
  const sideCell = cellOf(sideColumn);
  if (isEmpty(selfCell) && sideColumn !== null && !isEmpty(sideCell)) {
    selfCell = sideCell;
    selfColumn = sideColumn;
  }
  const agreedCell = cellOf(columns.agreed);
  const self =
    selfColumn === null || isEmpty(selfCell)
      ? null
      : readCounted(selfCell, at(selfColumn.col), criterion, maxDiffers === null, diagnostics);
  const agreed =
    columns.agreed === null || isEmpty(agreedCell)
      ? null
      : readCounted(agreedCell, at(columns.agreed.col), criterion, maxDiffers === null, diagnostics);

  let extra: Score["extra"];
  if (criterion.type === "standard") {
    const bonusCell = cellOf(columns.bonus);
    const deductionCell = cellOf(columns.deduction);
    const bonus =
      columns.bonus && !isEmpty(bonusCell)
        ? readExtra(bonusCell, at(columns.bonus.col), false, diagnostics)
        : 0;
    const deduction =
      columns.deduction && !isEmpty(deductionCell)
        ? readExtra(deductionCell, at(columns.deduction.col), true, diagnostics)
        : 0;
    if (bonus > 0 || deduction > 0) extra = { bonus, deduction };
  }
  const broken = (!isEmpty(selfCell) && self === null) || (!isEmpty(agreedCell) && agreed === null);
  const selfLocation = at(selfColumn?.col ?? columns.agreed?.col ?? 0);
  if (broken) {
    // Already reported; record nothing that counts, so the unit is not also reported as missing this score.
    return {
      score: { points: 0, source: "self", selfPoints: null, location: selfLocation },
      blank: null,
      maxDiffers,
    };
  }
  const withExtra = (s: Score): Score => (extra ? { ...s, extra } : s);
  if (agreed !== null && columns.agreed !== null)
    return {
      score: withExtra({
        points: agreed,
        source: "bloc",
        selfPoints: self,
        location: at(columns.agreed.col),
      }),
      blank: null,
      maxDiffers,
    };
  if (self !== null)
    return {
      score: withExtra({ points: self, source: "self", selfPoints: null, location: selfLocation }),
      blank: null,
      maxDiffers,
    };
  return { score: null, blank: selfLocation, maxDiffers };
}
