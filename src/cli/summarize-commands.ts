import { join } from "node:path";
import { packageRoot } from "../render/package-root.js";
import type * as RunSummarize from "./run-summarize.js";

/** Set by the build (scripts/build.mjs) to the summarize bundle's path in the package; absent from sources. */
declare const __THIDUA_CORE_BUNDLE__: string | undefined;

/**
 * The summarize and validate commands. Built, they run from `dist/core.cjs` through V8's code cache
 * (load-cached-bundle.ts), the CLI's hot path; from the sources (tests, tsx) they are imported.
 */
export async function loadSummarizeCommands(): Promise<typeof RunSummarize> {
  if (typeof __THIDUA_CORE_BUNDLE__ === "string") {
    const { loadCachedBundle } = await import("./load-cached-bundle.js");
    return loadCachedBundle(join(packageRoot(), __THIDUA_CORE_BUNDLE__)).exports as typeof RunSummarize;
  }
  return import("./run-summarize.js");
}
