/**
 * A pure function of a short text, remembered: the same codes, titles and headers come back on every
 * unit's form (500 forms of 100 rows read the same 100 texts 500 times).
 */
export function remembered<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (text.length <= 200) {
      if (seen.size >= limit) seen.clear();
      seen.set(text, value);
    }
    return value;
  };
}
