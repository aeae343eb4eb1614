/**
 * Some modules are loaded only on the rare path that needs them: the zod schemas that word the
 * messages of a template's bad attribute or a bloc's bad rules. The common path is read by quick
 * hand-written checks; zod cost every run some 30–50 ms to load. A pure stage that meets a case its
 * quick check is unsure of throws `ModuleNeeded`; the async edge that called it loads the module
 * and runs the stage again (`withModules`). Pure stages stay synchronous and deterministic.
 */
export class ModuleNeeded extends Error {
  constructor(
    readonly what: string,
    /** Loads the module; afterwards the stage that threw no longer needs it. */
    readonly load: () => Promise<void>,
  ) {
    super(`${what} is not loaded: load it and run again`);
    this.name = "ModuleNeeded";
  }
}

/**
 * Runs `stage`, loading each module it asks for and running it again, until it finishes. A module
 * asked for again once loaded is a bug of its loader: thrown, not loaded for ever.
 */
export async function withModules<T>(stage: () => T): Promise<T> {
  const loaded = new Set<string>();
  for (;;) {
    try {
      return stage();
    } catch (error) {
      if (!(error instanceof ModuleNeeded) || loaded.has(error.what)) throw error;
      loaded.add(error.what);
      await error.load();
    }
  }
}
