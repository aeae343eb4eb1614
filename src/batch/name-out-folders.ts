/** Settles bloc folder names as blocs are read, in any order. */
export interface OutFolderNamer {
  /** The bloc at `index` (input order) has this key (`<slug>-<year>`). */
  named: (index: number, key: string) => void;
  /** The bloc at `index` failed before it had a key. */
  failed: (index: number) => void;
}

/**
 * Names each bloc's output folder in input order, whatever order the blocs are read in: the first bloc
 * with a key gets `<key>`, the next ones with the same key `<key>-2`, `<key>-3`… So the same inputs
 * always give the same folders. `onSettled` is called once per bloc, in input order (null: no folder).
 */
export function nameOutFolders(
  count: number,
  onSettled: (index: number, folder: string | null) => void,
): OutFolderNamer {
  const keys: (string | null | undefined)[] = Array.from({ length: count }, () => undefined);
  const taken = new Set<string>();
  let next = 0;
  const settle = (index: number, key: string | null) => {
    if (index < 0 || index >= count || keys[index] !== undefined) return;
    keys[index] = key;
    while (next < count && keys[next] !== undefined) {
      const base = keys[next] ?? null;
      let folder: string | null = null;
      if (base !== null) {
        folder = base;
        for (let n = 2; taken.has(folder); n++) folder = `${base}-${n}`;
        taken.add(folder);
      }
      onSettled(next, folder);
      next++;
    }
  };
  return { named: (index, key) => settle(index, key), failed: (index) => settle(index, null) };
}
