import type { Hundredths } from "../model/points.js";
import { exactFraction } from "./exact-fraction.js";

/**
 * True when `points` is at least `percent` % of `max`, compared exactly in integers (rules.md:
 * classes and minPercent are percents of the standard maximum; never compare binary floats).
 * With a maximum of 0 every total is taken as 0 % (as `percentOf` does).
 */
export function reachesPercent(points: Hundredths, max: Hundredths, percent: number): boolean {
  const p = exactFraction(percent);
  if (max <= 0) return p.num <= 0n;
  // points / max >= num / (100 · den)  ⇔  points · 100 · den >= num · max
  return BigInt(points) * 100n * p.den >= p.num * BigInt(max);
}
