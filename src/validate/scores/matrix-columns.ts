import type { Criterion } from "../../model/bloc.js";
import type { Location } from "../../model/diagnostic.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { normalizeName } from "../normalize-name.js";
import type { HeaderColumn } from "../table/find-header.js";
import { leadingNumbering } from "../table/numbering.js";
import type { CollapsedColumn } from "./collapse-criteria.js";

/** What a column of a units-as-rows master table holds. */
export type MatrixColumn =
  | { kind: "criterion"; criterion: Criterion }
  | { kind: "collapsed"; target: CollapsedColumn }
  | { kind: "total" }
  | { kind: "rank" };

/** The criterion a column's header names: its code, or its number under its group's merged title. */
function criterionOf(column: HeaderColumn, lookup: CriterionLookup): Criterion | null {
  if (column.text === "" || column.role !== null) return null;
  const group = column.top === null ? null : (leadingNumbering(column.top)?.numbering.label ?? column.top);
  const path = group === null ? column.text : `${group}.${column.text}`;
  const found = lookup({ code: column.text, path, content: "" });
  return found === null || found.how === "content" ? null : found.criterion;
}

/** The criteria of a group named by a header (`I`, `I. CÔNG TÁC CHUYÊN MÔN`, `Công tác chuyên môn`). */
function groupOf(
  text: string,
  criteria: readonly Criterion[],
): { title: string; members: Criterion[] } | null {
  const lead = leadingNumbering(text);
  const label = lead?.numbering.label ?? (/^[IVX]+$/.test(text.trim()) ? text.trim() : null);
  const titleKey = normalizeName(lead ? lead.rest : text);
  const groups = new Map<string, Criterion[]>();
  for (const c of criteria) {
    if (c.group === null || c.type !== "standard") continue;
    groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  }
  for (const [title, members] of groups) {
    const own = leadingNumbering(title);
    if (label !== null && own?.numbering.label === label) return { title, members };
    if (titleKey !== "" && normalizeName(own ? own.rest : title) === titleKey) return { title, members };
  }
  return null;
}

/**
 * Classifies a master table's header: criteria by code (or number under a group's title), groups as a
 * whole, the unit's whole bonus, deduction or standard points, the secretary's total and rank.
 */
export function matrixColumn(
  column: HeaderColumn,
  criteria: readonly Criterion[],
  lookup: CriterionLookup,
  location: Location,
): MatrixColumn | null {
  const criterion = criterionOf(column, lookup);
  if (criterion) return { kind: "criterion", criterion };
  if (column.role === "total") return { kind: "total" };
  if (column.role === "rank") return { kind: "rank" };
  const collapsed = (
    code: string,
    content: string,
    members: Criterion[],
    type: Criterion["type"],
    group: string | null,
  ) =>
    members.length === 0
      ? null
      : ({ kind: "collapsed", target: { code, content, type, group, members, location } } as const);
  if (column.role === "bonus")
    return collapsed(
      column.text,
      column.text,
      criteria.filter((c) => c.type === "bonus"),
      "bonus",
      null,
    );
  if (column.role === "deduction")
    return collapsed(
      column.text,
      column.text,
      criteria.filter((c) => c.type === "deduction"),
      "deduction",
      null,
    );
  if (column.role === "max" && column.top === null)
    return collapsed(
      column.text,
      column.text,
      criteria.filter((c) => c.type === "standard"),
      "standard",
      null,
    );
  for (const text of [column.text, column.top]) {
    if (text === null || text === "") continue;
    const group = groupOf(text, criteria);
    if (group) {
      const code = leadingNumbering(group.title)?.numbering.label ?? group.title;
      const content = leadingNumbering(group.title)?.rest ?? group.title;
      return collapsed(code, content, group.members, "standard", group.title);
    }
  }
  return null;
}
