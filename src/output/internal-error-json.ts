import type { JsonDiagnostic } from "./json-schemas.js";

/**
 * A bug as one `--json` error, `internalError`. Apart from json-errors.ts because the CLI's entry says
 * it when the process is failing, without loading the messages (type imports cost nothing at run time).
 */
export function internalErrorJson(error: unknown, file?: string): JsonDiagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: "internalError",
    message: `Lỗi nội bộ của thidua: ${message}`,
    ...(file === undefined ? {} : { file }),
  };
}
