import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * Runs a CommonJS bundle with V8's code cache, the compile cache Node 20 lacks (Node 22 has
 * `module.enableCompileCache`). Compiling the summarize path cost each run some 50 ms of a 0.35 s
 * budget; the cache holds the bytecode of every function a run compiled, so the next run starts
 * with it. The cache sits beside the bundle (`<bundle>.cache`), made by the build's training run;
 * it starts with the SHA-1 of the source it belongs to, and V8 checks its own version and flags.
 * A missing, stale or rejected cache is only slower: the bundle compiles as usual and a new cache
 * is written when the process ends (quietly skipped where the package folder is read-only).
 */
/** How the cache served a load: used, or why not (then a new one is written at exit). */
export type CacheState = "used" | "missing" | "stale" | "rejected";

export function loadCachedBundle(file: string): { exports: unknown; cache: CacheState } {
  const source = readFileSync(file, "utf8");
  const hash = createHash("sha1").update(source).digest();
  const cacheFile = `${file}.cache`;
  const cached = readCache(cacheFile, hash);
  const script = new Script(wrap(source), {
    filename: file,
    ...(typeof cached === "string" ? {} : { cachedData: cached }),
  });
  const cache: CacheState =
    typeof cached === "string" ? cached : script.cachedDataRejected === true ? "rejected" : "used";
  if (cache !== "used") process.once("exit", () => writeCache(cacheFile, hash, script));
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  run(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cache };
}

/** The bundle as a CommonJS module body, as Node wraps one. */
const wrap = (source: string): string =>
  `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/** The cached data for the source of `hash`, or why there is none. */
function readCache(cacheFile: string, hash: Buffer): Buffer | "missing" | "stale" {
  let data: Buffer;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return "missing";
  }
  return data.subarray(0, hash.length).equals(hash) ? data.subarray(hash.length) : "stale";
}

function writeCache(cacheFile: string, hash: Buffer, script: Script): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([hash, script.createCachedData()]));
    renameSync(temp, cacheFile);
  } catch {
    // A read-only install: runs stay correct, only without the cache.
    rmSync(temp, { force: true });
  }
}
