import type * as RunBatch from "../batch/run-batch.js";
import type * as Init from "../commands/init.js";
import type * as TemplatesExport from "../commands/templates-export.js";
import type * as RunSummarize from "./run-summarize.js";

/*
 * The commands, each imported only when it runs: `--help` and `--version` then load none of them (nor
 * exceljs, handlebars or zod behind them). Built, each import is a chunk of dist/ (scripts/build.mjs).
 */

/** The summarize and validate commands. */
export const loadSummarizeCommands = (): Promise<typeof RunSummarize> => import("./run-summarize.js");

/** `thidua batch`. */
export const loadBatchCommand = (): Promise<typeof RunBatch> => import("../batch/run-batch.js");

/** `thidua init`. */
export const loadInitCommand = (): Promise<typeof Init> => import("../commands/init.js");

/** `thidua templates export`. */
export const loadTemplatesExportCommand = (): Promise<typeof TemplatesExport> =>
  import("../commands/templates-export.js");
