/**
 * Units' points written the way a reviewer reads them: one short line per unit listing only the rows
 * that are not full marks (`"I.1 19, II.3 9.5, IV.1 2, V.2 0.5"`). Standard rows not listed score
 * their maximum; bonus and deduction rows not listed are left empty. Deductions are written as the
 * points taken off (positive); the layouts decide how the sign is typed.
 */
import type { Group, Points } from "./model.js";
import { leafIndex, leafRows } from "./tree.js";

/** Points in hundredths: the corpus adds exactly, never in binary floats. */
export function hundredths(points: number): number {
  const h = Math.round(points * 100);
  if (Math.abs(h - points * 100) > 1e-6) throw new Error(`${points}: more than two decimals`);
  return h;
}

export function fromHundredths(h: number): number {
  return h / 100;
}

/** `"I.1 19, II.3 9.5"` → `[["I.1", 19], ["II.3", 9.5]]`. */
export function parseList(list: string): [string, number][] {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((item) => {
      const m = /^(\S+)\s+(-?\d+(?:\.\d+)?)$/.exec(item);
      if (!m) throw new Error(`points list: cannot read "${item}"`);
      return [m[1] as string, Number(m[2])];
    });
}

function checked(tree: readonly Group[], unit: string, list: string): Map<string, number> {
  const index = leafIndex(tree);
  const out = new Map<string, number>();
  for (const [key, value] of parseList(list)) {
    const leaf = index.get(key);
    if (!leaf) throw new Error(`${unit}: no criterion ${key}`);
    if (out.has(key)) throw new Error(`${unit}: ${key} listed twice`);
    if (value < 0 || value > leaf.node.max)
      throw new Error(`${unit}: ${key} = ${value} outside 0..${leaf.node.max}`);
    hundredths(value);
    out.set(key, value);
  }
  return out;
}

/** Self points: standard rows at full marks unless listed, bonus/deduction rows only where listed. */
export function selfPoints(tree: readonly Group[], lists: Record<string, string>): Points {
  const out: Points = {};
  for (const [unit, list] of Object.entries(lists)) {
    const given = checked(tree, unit, list);
    const row: Record<string, number> = {};
    for (const leaf of leafRows(tree)) {
      const v = given.get(leaf.key);
      if (v !== undefined) row[leaf.key] = v;
      else if (leaf.section === "standard") row[leaf.key] = leaf.node.max;
    }
    out[unit] = row;
  }
  return out;
}

/**
 * The bloc's agreed points. `full`: the checkers filled every row the unit scored, equal to its own
 * points except where listed. `changed`: they wrote only the rows they changed (the usual shortcut).
 */
export function agreedPoints(
  tree: readonly Group[],
  self: Points,
  lists: Record<string, string>,
  mode: "full" | "changed",
): Points {
  const out: Points = {};
  for (const unit of Object.keys(self)) {
    const given = checked(tree, unit, lists[unit] ?? "");
    const row: Record<string, number> = mode === "full" ? { ...self[unit] } : {};
    for (const [key, value] of given) row[key] = value;
    out[unit] = row;
  }
  return out;
}

/** A per-criterion bonus column: only the listed rows hold a value (no maxima check: the bloc's rule caps it). */
export function rowBonusPoints(tree: readonly Group[], lists: Record<string, string>): Points {
  const index = leafIndex(tree);
  const out: Points = {};
  for (const [unit, list] of Object.entries(lists)) {
    const row: Record<string, number> = {};
    for (const [key, value] of parseList(list)) {
      if (!index.has(key)) throw new Error(`${unit}: no criterion ${key}`);
      hundredths(value);
      row[key] = value;
    }
    out[unit] = row;
  }
  return out;
}

/** The points that count for one row: agreed where given, else self; undefined when neither is. */
export function counted(
  self: Record<string, number> | undefined,
  agreed: Record<string, number> | undefined,
  key: string,
): { value: number; from: "self" | "agreed" } | undefined {
  const a = agreed?.[key];
  if (a !== undefined) return { value: a, from: "agreed" };
  const s = self?.[key];
  return s === undefined ? undefined : { value: s, from: "self" };
}
