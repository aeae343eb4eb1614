import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedLoader } from "./cached-loader.js";
import { userCacheDir } from "./user-cache-dir.js";

/*
 * The entry of `bin/thidua.js`, built as dist/launch.js: runs the CLI, dist/cli.js, and the chunks it
 * requires through V8's code cache, kept in the user's cache folder.
 */
cachedLoader(userCacheDir()).require(join(dirname(fileURLToPath(import.meta.url)), "cli.js"));
