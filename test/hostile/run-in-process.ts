import { reportError } from "../../src/cli/report-error.js";
import { runSummarize } from "../../src/commands/summarize.js";
import { runValidate } from "../../src/commands/validate.js";
import { NO_COLORS } from "../../src/cli/colors.js";
import type { Terminal } from "../../src/cli/terminal.js";
import { ThiduaError } from "../../src/errors.js";
import type { Invocation, Run } from "./hostile-cases.js";

/**
 * Runs `thidua summarize|validate` in this process, through the functions the CLI's actions call
 * (`runSummarize`, `runValidate`), printing into strings as the CLI prints to its streams, in the
 * invocation's working folder and, when asked, with a PATH where `soffice` is not found. The caller
 * runs one invocation at a time (the working folder and the PATH belong to the whole process).
 *
 * An expected error (`ThiduaError`) is worded by the CLI's own `reportError`, as src/cli/main.ts does
 * (hostile-cli.test.ts checks that on the built binary); anything else thrown is a bug and fails the
 * test with its stack.
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
    color: NO_COLORS,
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
    const status = reportError(term, error, {
      json: options.json === true,
      verbose: options.verbose === true,
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(home);
    if (path === undefined) delete process.env.PATH;
    else process.env.PATH = path;
  }
}
