/**
 * Three cross-checkers' points for one row whose average is exactly the agreed points: the bloc's
 * `=AVERAGE(E10:G10)` then stores a value with two decimals at most, as the set's data says.
 */
const SPREADS = [0.5, 0, 1, 0.25, 0, 0.5, 0.75];

export function checkerValues(agreed: number, max: number, seed: number): [number, number, number] {
  const d = SPREADS[seed % SPREADS.length] ?? 0;
  if (agreed - d < 0 || agreed + d > max) return [agreed, agreed, agreed];
  const low = agreed - d;
  const high = agreed + d;
  return seed % 2 === 0 ? [high, agreed, low] : [low, high, agreed];
}
