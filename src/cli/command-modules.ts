import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as RunBatch from "../batch/run-batch.js";
import type * as Init from "../commands/init.js";
import type * as TemplatesExport from "../commands/templates-export.js";
import type * as RunSummarize from "./run-summarize.js";

/*
 * Where the CLI finds its commands. Built (scripts/build.mjs), the CLI is dist/cli.cjs and its hot
 * path, summarize and validate, is dist/core.cjs, both run through V8's code cache
 * (load-cached-bundle.ts); the other commands are ES modules in dist/commands/, imported when used.
 * From the sources (tests, tsx) each is imported. The build sets these two names, paths beside the
 * built CLI (`__dirname` there); the sources lack them.
 */
declare const __THIDUA_CORE_BUNDLE__: string | undefined;
declare const __THIDUA_COMMANDS__: string | undefined;

/** The summarize and validate commands. */
export async function loadSummarizeCommands(): Promise<typeof RunSummarize> {
  if (typeof __THIDUA_CORE_BUNDLE__ === "string") {
    const { loadCachedBundle } = await import("./load-cached-bundle.js");
    return loadCachedBundle(join(__dirname, __THIDUA_CORE_BUNDLE__)).exports as typeof RunSummarize;
  }
  return import("./run-summarize.js");
}

/**
 * Imports an ES module for code run by node:vm, which cannot: Node 20 loses a script's import()
 * callback when the script comes from the code cache. dist/launch.cjs, a plain CommonJS module,
 * lends its own import() here (launch.ts).
 */
export const IMPORTER = Symbol.for("thidua.import");
type Importer = (url: string) => Promise<unknown>;

/** A command built as an ES module of its own, dist/commands/<name>.js; null when running from the sources. */
function builtCommand<T>(name: string): Promise<T> | null {
  if (typeof __THIDUA_COMMANDS__ !== "string") return null;
  const url = pathToFileURL(join(__dirname, __THIDUA_COMMANDS__, `${name}.js`)).href;
  const lent = (globalThis as { [IMPORTER]?: Importer })[IMPORTER];
  return (lent !== undefined ? lent(url) : import(url)) as Promise<T>;
}

/** `thidua batch`. */
export const loadBatchCommand = (): Promise<typeof RunBatch> =>
  builtCommand<typeof RunBatch>("run-batch") ?? import("../batch/run-batch.js");

/** `thidua init`. */
export const loadInitCommand = (): Promise<typeof Init> =>
  builtCommand<typeof Init>("init") ?? import("../commands/init.js");

/** `thidua templates export`. */
export const loadTemplatesExportCommand = (): Promise<typeof TemplatesExport> =>
  builtCommand<typeof TemplatesExport>("templates-export") ?? import("../commands/templates-export.js");
