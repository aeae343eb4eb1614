import type { Unit } from "../model/bloc.js";

/**
 * All units in the circle's order (rules.md: by `Thứ tự luân phiên`, else row order). Units with an
 * order come first, by order then row; units without one follow in row order. `noRotation` units stay
 * in the list so that a chair who does not serve still has a place from which "the next unit" is found.
 */
export function rotationOrder(units: readonly Unit[]): Unit[] {
  const key = (u: Unit): number => u.rotationOrder ?? Number.POSITIVE_INFINITY;
  return [...units].sort((a, b) => (key(a) === key(b) ? a.index - b.index : key(a) < key(b) ? -1 : 1));
}
