import { normalizeCode, normalizeName } from "./normalize-name.js";

/** What a suggestion needs of a unit: its code and its full name. */
export interface NamedUnit {
  code: string;
  name: string;
}

/**
 * The unit a secretary most likely meant by a reference that matches none (`có phải … không?`):
 * the one unit whose code or name is closest to the text, compared as workbook.md matches names
 * (no case, no diacritics), or whose name holds the text (a name typed short) or is held by it (a
 * name typed with more words). Null when nothing is close, or when two units are equally close: a
 * wrong suggestion is worse than none. Pure; shared by `Thông tin` and the score sheets.
 */
export function suggestUnit<U extends NamedUnit>(text: string, units: readonly U[]): U | null {
  const typed = normalizeName(text);
  if (typed === "" || units.length === 0) return null;
  let best: U[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  for (const unit of units) {
    const cost = closeness(typed, unit);
    if (cost === null) continue;
    if (cost < bestCost) {
      best = [unit];
      bestCost = cost;
    } else if (cost === bestCost) best.push(unit);
  }
  return best.length === 1 ? (best[0] ?? null) : null;
}

/**
 * How far the text is from a unit: the smallest edit distance to its code or name, or a containment
 * of words (cost = the words' length difference, ranked after any close typo); null when too far.
 */
function closeness(typed: string, unit: NamedUnit): number | null {
  const code = normalizeCode(unit.code);
  const name = normalizeName(unit.name);
  const costs: number[] = [];
  for (const key of [code, name]) {
    const limit = allowedEdits(key);
    const d = editDistance(typed, key, limit);
    if (d <= limit) costs.push(d);
  }
  // A name typed short (`Ban Quản lý các khu công nghiệp`) or with extra words (`Sở Tài chính tỉnh`):
  // whole words only, and at least two of them, so that `Sở` alone suggests nothing.
  const [inner, outer] = [words(typed), words(name)].sort((a, b) => a.length - b.length);
  if (inner !== undefined && outer !== undefined && inner.length >= 2 && inner.length < outer.length) {
    if (` ${outer.join(" ")} `.includes(` ${inner.join(" ")} `))
      costs.push(100 + outer.length - inner.length);
  }
  return costs.length === 0 ? null : Math.min(...costs);
}

/** The words of a normalised name, punctuation dropped (`bac ninh, co so 2` → bac ninh co so 2). */
function words(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** Typos allowed for a key: one in a short code (`BQLL` → `BQL`), about one in four letters of a name. */
function allowedEdits(key: string): number {
  return Math.max(1, Math.floor(key.length / 4));
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of two neighbours),
 * stopping early once every path exceeds `limit` (then any value above it is returned).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
