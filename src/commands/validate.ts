import { formatReading } from "../cli/format-reading.js";
import { formatChecklist, verdict, visible } from "../cli/print-diagnostics.js";
import type { Terminal } from "../cli/terminal.js";
import { bySeverity } from "../model/diagnostic.js";
import { toJsonDiagnostic } from "../output/json-result.js";
import type { BlocOutcome } from "../pipeline/compute-bloc.js";
import { computeBloc } from "../pipeline/compute-bloc.js";
import type { SummarizeCliOptions } from "./summarize.js";

/** `thidua validate`: everything `summarize` checks (reading, rules, rotation), writing nothing. */
export async function validate(files: readonly string[], options: { rules?: string }): Promise<BlocOutcome> {
  return computeBloc(files, options.rules !== undefined ? { rules: options.rules } : {});
}

/** `thidua validate` from the command line: the checklist grouped by sheet with how to fix each problem, and a verdict. */
export async function runValidate(
  term: Terminal,
  files: string[],
  options: SummarizeCliOptions,
): Promise<number> {
  const outcome = await validate(files, options.rules !== undefined ? { rules: options.rules } : {});
  const shown = visible(outcome.diagnostics, options.verbose === true);
  const failed = !outcome.ok;
  if (options.json) {
    const errors = bySeverity(shown, "error").map(toJsonDiagnostic);
    const warnings = bySeverity(shown, "warning").map(toJsonDiagnostic);
    term.out(JSON.stringify({ ok: !failed, errors, warnings, reading: outcome.reading }, null, 2));
    return failed ? 1 : 0;
  }
  if (!options.quiet && outcome.reading) {
    for (const line of formatReading(term, outcome.reading)) term.out(line);
    term.out("");
  }
  if (!options.quiet || failed) for (const line of formatChecklist(term, shown)) term.out(line);
  if (!options.quiet || failed) term.out(verdict(shown));
  return failed ? 1 : 0;
}
