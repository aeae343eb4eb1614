import type { Criterion } from "../../model/bloc.js";
import { normalizeCriterionCode, normalizeName } from "../normalize-name.js";
import { canonicalPath, romanValue } from "../table/numbering.js";
import { remembered } from "../table/remembered.js";

/** How a unit's row was matched to a criterion: its code, its numbering path, a looser path, or its text. */
export type RowMatchHow = "code" | "path" | "loosePath" | "content";

/** A unit's scored row as the lookup sees it. */
export interface RowKeys {
  code: string | null;
  path: string;
  content: string;
}

export type CriterionLookup = (row: RowKeys) => { criterion: Criterion; how: RowMatchHow } | null;

/** `A.I.1` → `I.1`: a part letter in front, which one table has and another leaves out. */
const withoutPart = (path: string): string => path.replace(/^[A-Z]\./, "");

const contentKey = (text: string): string =>
  normalizeName(text)
    .replace(/[.:;,]+$/, "")
    .slice(0, 120);

/** The group numeral a path starts with (`II` of `II.3`), as a number; null when it has none. */
const groupOf = remembered((path: string): number | null => {
  const first = withoutPart(path).split(".")[0] ?? "";
  return romanValue(first);
});

function index<K>(criteria: readonly Criterion[], keysOf: (c: Criterion) => K[]): Map<K, Criterion[]> {
  const map = new Map<K, Criterion[]>();
  for (const c of criteria) {
    for (const key of new Set(keysOf(c))) {
      const list = map.get(key) ?? [];
      list.push(c);
      map.set(key, list);
    }
  }
  return map;
}

/**
 * Finds the criterion a unit's row scores: by code as typed; by numbering path (`II.1`, for tables that
 * restart numbering); by a looser path (`2.1` for `II.1`, a part letter left out); last by the
 * criterion's text. A key that fits two criteria is never used. A code match whose group numeral
 * disagrees (`1` under `II` against `1` under `I`) is not taken.
 */
export function criterionLookup(criteria: readonly Criterion[]): CriterionLookup {
  const byCode = index(criteria, (c) => [normalizeCriterionCode(c.code)]);
  const byPath = index(criteria, (c) => [normalizeCriterionCode(c.path ?? c.code)]);
  const byLoose = index(criteria, (c) =>
    [c.path ?? c.code, c.code].map((p) => canonicalPath(withoutPart(p))),
  );
  const byContent = index(criteria, (c) => [contentKey(c.content)]);
  const unique = <K>(map: Map<K, Criterion[]>, key: K): Criterion | null => {
    const found = map.get(key);
    return found?.length === 1 ? (found[0] ?? null) : null;
  };
  return (row) => {
    if (row.code !== null) {
      const c = unique(byCode, normalizeCriterionCode(row.code));
      const mine = groupOf(row.path);
      const theirs = c === null ? null : groupOf(c.path ?? c.code);
      if (c !== null && (mine === null || theirs === null || mine === theirs))
        return { criterion: c, how: "code" };
    }
    const byPathFound = unique(byPath, normalizeCriterionCode(row.path));
    if (byPathFound) return { criterion: byPathFound, how: "path" };
    const loose = unique(byLoose, canonicalPath(withoutPart(row.path)));
    if (loose) return { criterion: loose, how: "loosePath" };
    const text = row.content === "" ? null : unique(byContent, contentKey(row.content));
    return text ? { criterion: text, how: "content" } : null;
  };
}
