import type { CriterionType } from "../../model/bloc.js";
import { headingType, sectionType, typeSaidBy } from "./row-words.js";
import type { TableLine } from "./read-lines.js";

/**
 * What a row of a scoring table is, once its neighbours are known:
 * - `item`: a scored row (a criterion), the only kind that counts;
 * - `group`: a row with scored rows under it (`I. CÔNG TÁC CHUYÊN MÔN … 60`): its points are a check
 *   on theirs, never counted again;
 * - `heading`: a numbered row with nothing under it and no points (a section title);
 * - `explanation`: `a)`, `-` or unnumbered text without points (how a criterion is scored).
 */
export type LineKind = "item" | "group" | "heading" | "explanation";

export interface OutlineNode {
  line: TableLine;
  kind: LineKind;
  /** The numbering path that identifies the row when numbering restarts (`II.1`, `B.2`, `I.1-1`). */
  path: string;
  /** The type the row gets from the section it is in (`ĐIỂM THƯỞNG` → bonus), or its own heading's. */
  type: CriterionType;
  /** True when the row itself is a bonus/deduction/standard section heading. */
  section: boolean;
  /** Index of the enclosing node in `nodes`, or null at the top. */
  parent: number | null;
  children: number[];
  /** True when the path was made up for a row without numbering (`I.1-1`): shown as a guess. */
  derived: boolean;
}

export interface Outline {
  nodes: OutlineNode[];
}

/** Depth of an unnumbered bonus/deduction heading: outside every group, like a part `A.`/`B.`. */
const SECTION_DEPTH = 0;

/**
 * Nests a table's rows by their numbering (published tables restart `1, 2…` under each `I, II…`), gives
 * each its path and the type of the section it is in, and tells items from groups and explanations.
 */
export function buildOutline(lines: readonly TableLine[]): Outline {
  const nodes: OutlineNode[] = [];
  const stack: number[] = [];
  const depthOf = new Map<number, number>();
  const derivedCount = new Map<number | null, number>();

  for (const line of lines) {
    const own = sectionType(line.code !== null ? `${line.code}. ${line.content}` : line.content);
    const ownType = own ?? (line.content === "" ? null : sectionType(line.content));
    let depth = line.numbering?.depth ?? null;
    if (depth === null && ownType !== null) depth = SECTION_DEPTH;
    if (depth === null && !line.hasPoints) {
      const parent = stack.at(-1) ?? null;
      nodes.push(node(line, "explanation", parent, nodes, line.content, false));
      continue;
    }
    const derived = depth === null || line.numbering?.level === "bullet";
    if (depth === null) depth = 7;
    while (stack.length > 0 && (depthOf.get(stack.at(-1) ?? -1) ?? 0) >= depth) stack.pop();
    const parent = stack.at(-1) ?? null;
    let label = line.numbering?.label ?? "";
    if (derived) {
      const k = (derivedCount.get(parent) ?? 0) + 1;
      derivedCount.set(parent, k);
      label = String(k);
    } else if (line.numbering === null && ownType !== null) {
      label = ownType === "bonus" ? "Thưởng" : ownType === "deduction" ? "Trừ" : "Chuẩn";
    }
    const index = nodes.length;
    const path = pathOf(label, parent === null ? null : (nodes[parent] ?? null), derived);
    const created = node(line, "item", parent, nodes, path, derived);
    created.section = ownType !== null;
    if (ownType !== null) created.type = ownType;
    else {
      // `Điểm trừ: chậm gửi báo cáo` as a row of a group: the row says its own type.
      const said = typeSaidBy(line.content);
      if (said !== null) created.type = said;
    }
    nodes.push(created);
    if (parent !== null) nodes[parent]?.children.push(index);
    stack.push(index);
    depthOf.set(index, depth);
  }
  for (const n of nodes) n.kind = kindOf(n, nodes);
  typeBroadSections(nodes);
  return { nodes };
}

/**
 * A group row whose title speaks of deductions or bonus in other words than a section heading's
 * (`CÁC TRƯỜNG HỢP BỊ TRỪ ĐIỂM`, `IV. NỘI DUNG ĐƯỢC CỘNG ĐIỂM KHUYẾN KHÍCH`) types the rows under it: a
 * deduction added as points would be the worst misreading. Only group rows, whose title is a heading:
 * an item `Không có cán bộ bị trừ điểm` stays what it is.
 */
function typeBroadSections(nodes: OutlineNode[]): void {
  const retype = (index: number, type: OutlineNode["type"]): void => {
    const n = nodes[index];
    if (n === undefined) return;
    for (const child of n.children) {
      const c = nodes[child];
      if (c === undefined || c.section || typeSaidBy(c.line.content) !== null) continue;
      c.type = type;
      retype(child, type);
    }
  };
  nodes.forEach((n, index) => {
    if (n.kind !== "group" || n.section) return;
    const type = headingType(n.line.content);
    if (type === null) return;
    n.section = true;
    n.type = type;
    retype(index, type);
  });
}

/**
 * Bullet rows under a criterion that carry points each at most the criterion's and together more
 * (`- Hoàn thành 100%: 20`, `- Dưới 90%: 10` under `1 … 20`), or a single one, are its grades: how it
 * is scored, not rows of their own. `pointsOf` gives a row's maximum (null when it has none).
 */
export function resolveGrades(outline: Outline, pointsOf: (node: number) => number | null): void {
  outline.nodes.forEach((n, index) => {
    if (n.kind !== "group") return;
    const own = pointsOf(index);
    if (own === null) return;
    const children = n.children.map((i) => ({ i, c: outline.nodes[i] }));
    const grades = children.filter(
      ({ c }) => c !== undefined && c.derived && c.kind === "item" && c.children.length === 0,
    );
    if (grades.length === 0 || grades.length !== children.filter(({ c }) => c?.kind !== "explanation").length)
      return;
    // Grades print their points where the criterion prints its maximum: a row without one is no grade.
    const printed = grades.map(({ i }) => pointsOf(i));
    if (printed.some((p) => p === null)) return;
    const points = printed.map((p) => p ?? 0);
    const sum = points.reduce((a, b) => a + b, 0);
    if (points.some((p) => p > own) || (sum <= own && grades.length > 1)) return;
    for (const { c } of grades) if (c) c.kind = "explanation";
    n.kind = "item";
  });
}

function node(
  line: TableLine,
  kind: LineKind,
  parent: number | null,
  nodes: readonly OutlineNode[],
  path: string,
  derived: boolean,
): OutlineNode {
  const inherited = parent === null ? "standard" : (nodes[parent]?.type ?? "standard");
  return { line, kind, path, type: inherited, section: false, parent, children: [], derived };
}

/**
 * `II` + `1` → `II.1`. A dotted code repeats its parent's number (`1.2` under `1`): it replaces it
 * rather than being appended (`I.1.2`, not `I.1.1.2`).
 */
function pathOf(label: string, parent: OutlineNode | null, derived: boolean): string {
  if (parent === null) return label;
  if (derived) return `${parent.path}-${label}`;
  const parentLabel = parent.line.numbering?.label ?? "";
  if (parentLabel !== "" && label.startsWith(`${parentLabel}.`)) {
    const cut = parent.path.slice(0, parent.path.length - parentLabel.length);
    return `${cut}${label}`;
  }
  if (/^[IVX]+\.\d/.test(label)) return label;
  return `${parent.path}.${label}`;
}

function hasScoredDescendant(n: OutlineNode, nodes: readonly OutlineNode[]): boolean {
  return n.children.some((i) => {
    const child = nodes[i];
    return child !== undefined && (child.line.hasPoints || hasScoredDescendant(child, nodes));
  });
}

function kindOf(n: OutlineNode, nodes: readonly OutlineNode[]): LineKind {
  if (n.kind === "explanation") return "explanation";
  if (hasScoredDescendant(n, nodes)) return "group";
  if (n.line.hasPoints) return "item";
  const level = n.line.numbering?.level;
  if (level === "letter" || level === "bullet" || level === undefined) return "explanation";
  return n.section || level === "roman" || level === "part" ? "heading" : "item";
}
