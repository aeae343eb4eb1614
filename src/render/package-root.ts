import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null = null;

/**
 * The folder of thidua's package.json, found by walking up from this module. The same code runs
 * from `src/render/` (tests, tsx) and bundled into `dist/*.js` or `dist/chunks/*.js`, so no fixed
 * number of `..` is right; the package's `templates/` folder sits beside its package.json.
 */
export function packageRoot(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isThidua(manifest)) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find thidua's package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function isThidua(manifest: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
    return parsed !== null && typeof parsed === "object" && "name" in parsed && parsed.name === "thidua";
  } catch {
    return false;
  }
}

/** The shipped templates folder. */
export function shippedTemplatesDir(): string {
  return join(packageRoot(), "templates");
}
