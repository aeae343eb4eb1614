import type * as Batch from "../commands/batch.js";
import type * as Init from "../commands/init.js";
import type * as Summarize from "../commands/summarize.js";
import type * as TemplatesExport from "../commands/templates-export.js";
import type * as Validate from "../commands/validate.js";

/*
 * The commands, each imported only when it runs: `--help` and `--version` then load none of them (nor
 * exceljs, handlebars or zod behind them). Built, each import is a chunk of dist/ (scripts/build.mjs).
 */

/** `thidua summarize`. */
export const loadSummarizeCommand = (): Promise<typeof Summarize> => import("../commands/summarize.js");

/** `thidua validate`. */
export const loadValidateCommand = (): Promise<typeof Validate> => import("../commands/validate.js");

/** `thidua batch`. */
export const loadBatchCommand = (): Promise<typeof Batch> => import("../commands/batch.js");

/** `thidua init`. */
export const loadInitCommand = (): Promise<typeof Init> => import("../commands/init.js");

/** `thidua templates export`. */
export const loadTemplatesExportCommand = (): Promise<typeof TemplatesExport> =>
  import("../commands/templates-export.js");
