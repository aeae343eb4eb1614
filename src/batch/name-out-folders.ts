/** Settles bloc folder names as blocs are read, in any order. */
export interface OutFolderNamer {
  /** The bloc at `index` (input order) has this key (`<slug>-<year>`). */
  named: (index: number, key: string) => void;
  /** The bloc at `index` failed before it had a key. */
  failed: (index: number) => void;
}

/** How a bloc's folder was settled: its folder, or the earlier bloc (input order) with the same key. */
export type SettledFolder = { folder: string } | { duplicateOf: number } | null;

/**
 * Names each bloc's output folder in input order, whatever order the blocs are read in: the first bloc
 * with a key gets `<key>`; a later one with the same key is the same bloc (same name and year) given
 * twice and is settled as a duplicate of the first, never written beside it as `<key>-2` (issue 12:
 * two copies of one bloc must be reported, not both kept). So the same inputs always give the same
 * folders. `onSettled` is called once per bloc, in input order (null: failed before it had a key).
 */
export function nameOutFolders(
  count: number,
  onSettled: (index: number, settled: SettledFolder) => void,
): OutFolderNamer {
  const keys: (string | null | undefined)[] = Array.from({ length: count }, () => undefined);
  const taken = new Map<string, number>();
  let next = 0;
  const settle = (index: number, key: string | null) => {
    if (index < 0 || index >= count || keys[index] !== undefined) return;
    keys[index] = key;
    while (next < count && keys[next] !== undefined) {
      const base = keys[next] ?? null;
      let settled: SettledFolder = null;
      if (base !== null) {
        const first = taken.get(base);
        if (first === undefined) {
          taken.set(base, next);
          settled = { folder: base };
        } else settled = { duplicateOf: first };
      }
      onSettled(next, settled);
      next++;
    }
  };
  return { named: (index, key) => settle(index, key), failed: (index) => settle(index, null) };
}
