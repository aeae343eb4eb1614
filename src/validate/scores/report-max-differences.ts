import type { Criterion } from "../../model/bloc.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { formatPointsShort } from "../../model/points.js";

/** Past this many rows, maxima that differ say "another scoring table", once. */
const MANY = 3;

/**
 * A unit's form prints the maximum of each row; where it differs from the bloc's `Tiêu chí`, the unit
 * scored against another table (last year's, another bloc's). One error per row, or one for the
 * sheet when many rows differ — never a cascade of "above maximum" errors.
 */
export function reportMaxDifferences(
  differences: readonly { location: Location; found: string; criterion: Criterion }[],
): Diagnostic[] {
  const first = differences[0];
  if (first === undefined) return [];
  const args = (d: (typeof differences)[number]) => ({
    found: d.found,
    expected: formatPointsShort(d.criterion.max),
    criterion: d.criterion.code,
    criterionRow: d.criterion.location.row ?? 0,
    criterionSheet: d.criterion.location.sheet ?? "",
  });
  if (differences.length > MANY) {
    return [
      diagnostic("maxDiffersMany", "error", first.location, { ...args(first), count: differences.length }),
    ];
  }
  return differences.map((d) => diagnostic("maxDiffers", "error", d.location, args(d)));
}
