/**
 * Walks a published criteria tree: every row in print order with its key and section. A leaf's key
 * is the numbering path a reader builds from restarting numbers (`II` then `1` → `II.1`), or the
 * leaf's own decimal code when it prints one (`1.2`), which is what the data tables refer to.
 */
import type { Group, Leaf, Node, Section } from "./model.js";
import { isGroup } from "./model.js";

export interface Row {
  node: Node;
  key: string;
  depth: number;
  section: Section;
  /** Keys of the groups above, outermost first. */
  parents: readonly string[];
}

export interface LeafRow extends Row {
  node: Leaf;
}

export interface GroupRow extends Row {
  node: Group;
}

/** `A.` → `A`, `a)` → `a`, ` II ` → `II`. */
export function bareTt(tt: string): string {
  return tt.trim().replace(/[.)]+$/, "");
}

/** Every row of the tree, groups before their children. */
export function flatten(tree: readonly Group[]): Row[] {
  const out: Row[] = [];
  const walk = (node: Node, parents: string[], section: Section, depth: number): void => {
    const own = bareTt(node.tt);
    const parentKey = parents.at(-1);
    const key = !isGroup(node) && own.includes(".") ? own : parentKey ? `${parentKey}.${own}` : own;
    const here: Section = node.section ?? section;
    out.push({ node, key, depth, section: here, parents: [...parents] });
    if (isGroup(node)) for (const child of node.children) walk(child, [...parents, key], here, depth + 1);
  };
  for (const group of tree) walk(group, [], "standard", 0);
  const seen = new Set<string>();
  for (const row of out) {
    if (seen.has(row.key)) throw new Error(`criteria tree: key ${row.key} appears twice`);
    seen.add(row.key);
  }
  return out;
}

export function leafRows(tree: readonly Group[]): LeafRow[] {
  return flatten(tree).filter((r): r is LeafRow => !isGroup(r.node));
}

/** Points a group row prints: its own `points`, else the sum of its rows' maxima (a lone criterion: its maximum). */
export function groupPoints(group: Node): number {
  if (!isGroup(group)) return group.max;
  if (group.points !== undefined) return group.points;
  let hundredths = 0;
  for (const child of group.children) {
    if (!isGroup(child) && child.section !== undefined && child.section !== "standard") continue;
    hundredths += Math.round((isGroup(child) ? groupPoints(child) : child.max) * 100);
  }
  return hundredths / 100;
}

/** The scale: the sum of the standard top groups (100 or 1 000). */
export function standardMax(tree: readonly Group[]): number {
  return tree.filter((g) => (g.section ?? "standard") === "standard").reduce((s, g) => s + groupPoints(g), 0);
}

/** Leaf keys by key, for lookups. */
export function leafIndex(tree: readonly Group[]): Map<string, LeafRow> {
  return new Map(leafRows(tree).map((r) => [r.key, r]));
}
