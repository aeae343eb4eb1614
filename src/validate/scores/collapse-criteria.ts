import type { Criterion, CriterionType, Score } from "../../model/bloc.js";
import type { Location } from "../../model/diagnostic.js";
import type { UnitScores } from "./read-form-table.js";

/**
 * A column of a master table that holds the points of several criteria at once: a group (`I`, `II`
 * under `Điểm chuẩn`) or the unit's whole bonus or deduction (`Điểm thưởng`, `Điểm trừ`).
 */
export interface CollapsedColumn {
  code: string;
  content: string;
  type: CriterionType;
  group: string | null;
  members: readonly Criterion[];
  location: Location;
}

/**
 * The bloc's criteria at the grain a master table scores them: each collapsed column replaces its
 * criteria (at the place of the first of them), with their maxima summed. Every unit is then scored
 * at that grain, so that totals, ranks and documents compare like with like.
 */
export function collapseCriteria(
  criteria: readonly Criterion[],
  columns: readonly CollapsedColumn[],
): { criteria: Criterion[]; codeOf: Map<string, string> } {
  const codeOf = new Map<string, string>();
  const first = new Map<string, CollapsedColumn>();
  for (const column of columns) {
    for (const m of column.members) codeOf.set(m.code, column.code);
    const head = column.members[0];
    if (head) first.set(head.code, column);
  }
  const result: Criterion[] = [];
  for (const c of criteria) {
    const column = first.get(c.code);
    if (column) {
      result.push({
        code: column.code,
        content: column.content,
        max: column.members.reduce((sum, m) => sum + m.max, 0),
        type: column.type,
        group: column.group,
        location: column.location,
      });
    } else if (!codeOf.has(c.code)) result.push(c);
  }
  return { criteria: result, codeOf };
}

/** A unit's per-criterion scores summed to the collapsed grain. */
export function collapseScores(scores: UnitScores, codeOf: ReadonlyMap<string, string>): UnitScores {
  const result: UnitScores = {};
  for (const [code, score] of Object.entries(scores)) {
    const target = codeOf.get(code) ?? code;
    const before: Score | undefined = result[target];
    if (before === undefined) {
      result[target] = { ...score };
      continue;
    }
    const extra =
      before.extra || score.extra
        ? {
            bonus: (before.extra?.bonus ?? 0) + (score.extra?.bonus ?? 0),
            deduction: (before.extra?.deduction ?? 0) + (score.extra?.deduction ?? 0),
          }
        : undefined;
    result[target] = {
      points: before.points + score.points,
      source: before.source === score.source ? before.source : "bloc",
      selfPoints:
        before.selfPoints !== null && score.selfPoints !== null ? before.selfPoints + score.selfPoints : null,
      ...(extra ? { extra } : {}),
      location: before.location,
    };
  }
  return result;
}
