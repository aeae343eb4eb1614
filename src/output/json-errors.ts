import { ThiduaError } from "../errors.js";
import { internalErrorJson } from "./internal-error-json.js";
import type { JsonDiagnostic } from "./json-result.js";
import { toJsonDiagnostic } from "./json-result.js";

/**
 * A thrown error as the `errors` of a `--json` document (cli.md), and of a failed bloc in a batch:
 * an expected error's diagnostics, or one entry `<kind>Error` with its message; anything else is a
 * bug, `internalError`. `file` is the input the error belongs to, when there is one.
 */
export function jsonErrorsOf(error: unknown, file?: string): JsonDiagnostic[] {
  if (!(error instanceof ThiduaError)) return [internalErrorJson(error, file)];
  if (error.diagnostics.length > 0) return error.diagnostics.map(toJsonDiagnostic);
  return [{ code: `${error.kind}Error`, message: error.message, ...(file === undefined ? {} : { file }) }];
}
