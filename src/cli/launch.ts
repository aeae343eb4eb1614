import { join } from "node:path";
import { IMPORTER } from "./command-modules.js";
import { loadCachedBundle } from "./load-cached-bundle.js";

/*
 * The entry of `bin/thidua.js`, built as dist/launch.cjs: runs the CLI, dist/cli.cjs, through V8's
 * code cache. A CommonJS entry also spares every command the start of Node's ES module loader.
 */
(globalThis as Record<symbol, unknown>)[IMPORTER] = (url: string) => import(url);
loadCachedBundle(join(__dirname, "cli.cjs"));
