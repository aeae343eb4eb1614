import type { ThiduaError } from "../errors.js";
import { exitCodeFor } from "../errors.js";
import { jsonErrorsOf } from "../output/json-errors.js";
import { printDiagnosticLines } from "./print-diagnostics.js";
import type { Terminal } from "./terminal.js";

/**
 * An expected error as the CLI's one boundary says it: with `--json` one JSON document on stdout,
 * else `Lỗi: …` and its diagnostics on stderr. Returns the exit code (cli.md).
 */
export function reportError(
  term: Terminal,
  error: ThiduaError,
  options: { json: boolean; verbose: boolean },
): number {
  if (options.json) term.out(JSON.stringify({ errors: jsonErrorsOf(error), warnings: [] }, null, 2));
  else {
    term.err(term.color.red(`Lỗi: ${error.message}`));
    printDiagnosticLines(term, error.diagnostics);
  }
  // An expected error is a message, not a crash: its stack only helps whoever debugs the tool.
  if (options.verbose && error.stack) term.err(term.color.gray(error.stack));
  return exitCodeFor(error.kind);
}
