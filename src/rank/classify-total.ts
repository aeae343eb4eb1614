import type { Hundredths } from "../model/points.js";
import type { ClassBand } from "../model/rules.js";
import { reachesPercent } from "../score/reaches-percent.js";

/**
 * The label of the highest band whose `min` (a percent of the standard maximum) the total reaches,
 * compared exactly (rules.md "Classification"); null when no classes are set or no band is reached.
 */
export function classifyTotal(
  total: Hundredths,
  standardMax: Hundredths,
  classes: readonly ClassBand[],
): string | null {
  // Highest first is the documented order; sorting again makes a misordered list harmless.
  const bands = [...classes].sort((x, y) => y.min - x.min);
  return bands.find((band) => reachesPercent(total, standardMax, band.min))?.label ?? null;
}
