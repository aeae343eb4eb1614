import type { SummarizeOptions, SummarizeOutcome } from "./summarize.js";
import { summarize } from "./summarize.js";

/** `thidua validate`: everything `summarize` checks (reading, rules, rotation), writing nothing. */
export async function validate(
  files: readonly string[],
  options: Pick<SummarizeOptions, "rules">,
): Promise<SummarizeOutcome> {
  return summarize(files, { ...options, force: false, dryRun: true });
}
