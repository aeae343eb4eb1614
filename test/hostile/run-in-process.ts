import { Chalk } from "chalk";
import { printDiagnosticLines } from "../../src/cli/print-diagnostics.js";
import { runSummarize, runValidate } from "../../src/cli/run-summarize.js";
import type { Terminal } from "../../src/cli/terminal.js";
import { ThiduaError, exitCodeFor } from "../../src/errors.js";
import { toJsonDiagnostic } from "../../src/output/json-result.js";
import type { Invocation, Run } from "./hostile-cases.js";

/**
 * Runs `thidua summarize|validate` in this process, through the functions the CLI's actions call
 * (`runSummarize`, `runValidate`), printing into strings as the CLI prints to its streams, in the
 * invocation's working folder and, when asked, with a PATH where `soffice` is not found. The caller
 * runs one invocation at a time (the working folder and the PATH belong to the whole process).
 *
 * An expected error (`ThiduaError`) is worded here as the CLI's one error boundary (src/cli/main.ts)
 * words it, which hostile-cli.test.ts checks on the built binary; anything else thrown is a bug and
 * fails the test with its stack.
 */
export async function runInProcess({
  command,
  files,
  options,
  cwd,
  withoutLibreOffice,
}: Invocation): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const term: Terminal = {
    color: new Chalk({ level: 0 }),
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  };
  const home = process.cwd();
  const path = process.env.PATH;
  process.chdir(cwd);
  if (withoutLibreOffice) process.env.PATH = "";
  try {
    const status = await (command === "summarize" ? runSummarize : runValidate)(term, files, options);
    return { status, stdout, stderr };
  } catch (error) {
    if (!(error instanceof ThiduaError)) throw error;
    if (options.json) {
      const errors =
        error.diagnostics.length > 0
          ? error.diagnostics.map(toJsonDiagnostic)
          : [{ code: `${error.kind}Error`, message: error.message }];
      term.out(JSON.stringify({ errors, warnings: [] }, null, 2));
    } else {
      term.err(`Lỗi: ${error.message}`);
      printDiagnosticLines(term, error.diagnostics);
    }
    return { status: exitCodeFor(error.kind), stdout, stderr };
  } finally {
    process.chdir(home);
    if (path === undefined) delete process.env.PATH;
    else process.env.PATH = path;
  }
}
