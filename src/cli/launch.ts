import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { cachedLoader } from "./cached-loader.js";
import { userCacheDir } from "./user-cache-dir.js";

/*
 * The entry of `bin/thidua.js`, built as dist/launch.js: runs the CLI, dist/cli.js, and the chunks it
 * requires through V8's code cache, kept in the user's cache folder.
 */

// V8 optimizes a function (TurboFan) once it has run about 66 KB of bytecode. A summarize of one bloc
// lasts a quarter of a second and finishes before most such work pays back: 34 functions optimized on
// the second core, 0.12 s of CPU, and the run about a tenth slower for it (npm run bench, README). At
// eight times the budget a bloc optimizes 4 functions, while the loops of a 500-unit workbook or of a
// long batch still run optimized after their first few thousand rows. Set before the first cached
// file is compiled: V8 keeps the flags with each cache entry and rejects an entry made under others.
setFlagsFromString("--interrupt-budget=540672");

cachedLoader(userCacheDir()).require(join(dirname(fileURLToPath(import.meta.url)), "cli.js"));
