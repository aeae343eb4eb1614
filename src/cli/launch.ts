import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { cachedLoader } from "./cached-loader.js";
import { userCacheDir } from "./user-cache-dir.js";

/*
 * The entry of `bin/thidua.js`, built as dist/launch.js: runs the CLI, dist/cli.js, and the chunks it
 * requires through V8's code cache, kept in the user's cache folder.
 */

// Two settings of V8 for runs of a fraction of a second, where its defaults pay for long ones.
// Set before the first cached file is compiled: V8 keeps the flags with each cache entry and rejects
// an entry made under others. Measured in npm run bench (README, "Speed").
// - V8 optimizes a function (TurboFan) once it has run about 66 KB of bytecode. A summarize of one
//   bloc finishes before most such work pays back: 34 functions optimized, 0.12 s of CPU, the run a
//   tenth slower for it. At eight times the budget a bloc optimizes 4 functions, while the loops of a
//   500-unit workbook or of a long batch still run optimized after their first few thousand rows.
// - The young generation doubles whenever many of its objects survive a collection, to 4 MB here:
//   8 MB of memory touched for the first time, and each new page costs the process (11 µs on the
//   machines measured). Kept at its first size, a bloc collects more often, each time as fast, and
//   its run is about 7% shorter; a 500-unit workbook and a 500-bloc batch take the same time.
setFlagsFromString("--interrupt-budget=540672");
setFlagsFromString("--semi-space-growth-factor=1");

cachedLoader(userCacheDir()).require(join(dirname(fileURLToPath(import.meta.url)), "cli.js"));
