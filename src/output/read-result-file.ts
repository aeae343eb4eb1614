import { readFile, stat } from "node:fs/promises";
import { ThiduaError } from "../errors.js";
import { nestedTooDeep, TOO_DEEP } from "../read/json-nesting.js";
import { readRulesJson } from "../validate/rules/parse-rules-file.js";
import type { JsonResult } from "./json-schemas.js";

/** A `ket-qua.json` is tens of kilobytes; past this it is no result of thidua's. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a `ket-qua.json` that `summarize` kept (for `--prev` and `init --from`), checked against the
 * `--json` contract's schema; anything else is a usage error naming the file and what is wrong.
 */
export async function readResultFile(file: string, option: string): Promise<JsonResult> {
  const refuse = (why: string) =>
    new ThiduaError(
      "usage",
      `${option}: ${file} ${why}. Cần tệp ket-qua.json do thidua summarize ghi trong thư mục kết quả năm trước.`,
    );
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw refuse("không phải là một tệp");
    if (info.size > MAX_BYTES) throw refuse("quá lớn");
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof ThiduaError) throw error;
    throw refuse(`không đọc được (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse("không phải tệp JSON");
  }
  if (nestedTooDeep(json)) throw refuse(`không đúng dạng kết quả của thidua: ${TOO_DEEP}`);
  // zod is loaded only here: the schema is the contract's own (json-schemas.ts).
  const { summarizeResultSchema } = await import("./json-schemas.js");
  const parsed = summarizeResultSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? "" : ` ở ${issue.path.join(".")}`;
    throw refuse(`không đúng dạng kết quả của thidua${where}`);
  }
  const rules = readRulesJson(parsed.data.structure.rules, file).diagnostics[0];
  if (rules !== undefined) throw refuse(`không đúng dạng kết quả của thidua ở structure.rules`);
  return parsed.data;
}
