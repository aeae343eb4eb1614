import type { JsonResult } from "./json-schemas.js";

/** The machine-readable result kept in the output folder: the `--json` document (cli.md). */
export const RESULT_JSON = "ket-qua.json";

/** `ket-qua.json`'s bytes: the same text `summarize --json` prints. */
export function resultFileData(result: JsonResult): Uint8Array {
  return Buffer.from(`${JSON.stringify(result, null, 2)}\n`, "utf8");
}
