import type { CriterionType } from "../../model/bloc.js";
import type { Hundredths } from "../../model/points.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { formatPointsShort } from "../../model/points.js";
import type { Outline } from "./build-outline.js";
import type { MarkedRow } from "./read-lines.js";

/** A number found in one column of one row, with where it is and whether it was typed as a number. */
export interface Entry {
  points: Hundredths;
  /** False for a number typed as text (`19,5`), which a sheet's own `=SUM` counts as 0. */
  typedAsNumber: boolean;
  location: Location;
  text: string;
}

/** One column of a table along its outline: the entries of item rows, group rows and total rows. */
export interface ColumnEntries {
  /** By node index. */
  at: (node: number) => Entry | null;
  /** By total row, 0-based sheet row. */
  atTotal: (row: number) => Entry | null;
  /** The type an item counts as (from the bloc's criteria, or the table's own sections). */
  typeOf: (node: number) => CriterionType;
}

interface Sums {
  standard: number;
  bonus: number;
  deduction: number;
  /** The same sums over numbers typed as numbers only: what the sheet's own `=SUM` shows. */
  typed: { standard: number; bonus: number; deduction: number };
}

function emptySums(): Sums {
  return { standard: 0, bonus: 0, deduction: 0, typed: { standard: 0, bonus: 0, deduction: 0 } };
}

function add(sums: Sums, type: CriterionType, entry: Entry): void {
  const points = type === "deduction" ? Math.abs(entry.points) : entry.points;
  sums[type] += points;
  if (entry.typedAsNumber) sums.typed[type] += points;
}

/** The totals a secretary may have meant: standard only, with bonus, with deduction taken off or added. */
function readings(
  s: { standard: number; bonus: number; deduction: number },
  bonusCap: number | null,
): number[] {
  const bonuses = bonusCap === null ? [s.bonus] : [s.bonus, Math.min(s.bonus, bonusCap)];
  return bonuses.flatMap((b) => [
    s.standard,
    s.standard + b,
    s.standard + b - s.deduction,
    s.standard + b + s.deduction,
    s.standard - s.deduction,
  ]);
}

/**
 * How a secretary's total compares with sums the tool made: `ok` when it is one of the usual readings,
 * `typed` when it is one only if numbers typed as text count 0 (the `=SUM` slip), else `no`.
 */
export function compareTotal(
  found: number,
  sums: { standard: number; bonus: number; deduction: number },
  typed: { standard: number; bonus: number; deduction: number },
  bonusCap: number | null,
): "ok" | "typed" | "no" {
  const f = Math.abs(found);
  if (readings(sums, bonusCap).map(Math.abs).includes(f)) return "ok";
  return readings(typed, bonusCap).map(Math.abs).includes(f) ? "typed" : "no";
}

/**
 * Checks the secretary's total and subtotal rows against the rows above them (workbook.md): a total
 * that matches the sum in some usual reading (deductions taken off or not, bonus capped or not, since
 * the table's start or since the previous total) is fine. One that does not is reported at its cell:
 * - for points (`strict` false), as a warning: every number of the rows has been counted or refused
 *   (the iron rule), so the tool's total stands and the sheet's formula is what is off (a `=SUM` over
 *   numbers typed as text shows 0, a range one row short);
 * - for the maxima of `Tiêu chí` (`strict`), as an error unless text cells explain it: a maximum that
 *   does not add up means a row is read as the wrong type or is missing, and every percentage with it.
 */
export function checkTotals(
  outline: Outline,
  marked: readonly MarkedRow[],
  column: ColumnEntries,
  bonusCap: Hundredths | null,
  what: string,
  strict = false,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let previous = 0;
  for (const total of marked) {
    if (total.kind !== "total") continue;
    const declared = column.atTotal(total.row);
    const from = previous;
    previous = total.linesBefore;
    if (declared === null) continue;
    const all = emptySums();
    const since = emptySums();
    for (let i = 0; i < total.linesBefore; i++) {
      const node = outline.nodes[i];
      const entry = column.at(i);
      if (node?.kind !== "item" || entry === null) continue;
      add(all, column.typeOf(i), entry);
      if (i >= from) add(since, column.typeOf(i), entry);
    }
    const found = Math.abs(declared.points);
    const right = [...readings(all, bonusCap), ...readings(since, bonusCap)].map(Math.abs);
    if (right.includes(found)) continue;
    const typed = [...readings(all.typed, bonusCap), ...readings(since.typed, bonusCap)].map(Math.abs);
    const expected = formatPointsShort(all.standard + all.bonus - all.deduction);
    diagnostics.push(
      typed.includes(found) || !strict
        ? diagnostic("totalMismatch", "warning", declared.location, { found: declared.text, expected })
        : diagnostic("totalDisagrees", "error", declared.location, { found: declared.text, expected, what }),
    );
  }
  return diagnostics;
}

/**
 * A group row's points against the rows under it (`I. … 58,5` over `24 + 19,5 + 15`): its points are a
 * check, never counted, and a disagreement is a warning at its cell (as for totals); a group whose rows
 * are all empty is left to the missing-score errors.
 */
export function checkGroupPoints(
  outline: Outline,
  column: ColumnEntries,
  bonusCap: Hundredths | null,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  outline.nodes.forEach((node, index) => {
    if (node.kind !== "group") return;
    const declared = column.at(index);
    if (declared === null) return;
    const sums = emptySums();
    let any = false;
    const walk = (i: number): void => {
      const child = outline.nodes[i];
      if (child === undefined) return;
      const entry = column.at(i);
      if (child.kind === "item" && entry !== null) {
        any = true;
        add(sums, column.typeOf(i), entry);
      } else if (child.kind === "group") child.children.forEach(walk);
    };
    node.children.forEach(walk);
    if (!any) return;
    const found = Math.abs(declared.points);
    if (readings(sums, bonusCap).map(Math.abs).includes(found)) return;
    const expected = formatPointsShort(sums.standard + sums.bonus + sums.deduction);
    // Points, as for totals: the rows are counted, the group row's own sum is what is off.
    diagnostics.push(
      diagnostic("totalMismatch", "warning", declared.location, { found: declared.text, expected }),
    );
  });
  return diagnostics;
}
