import type * as z from "zod/mini";
import { ModuleNeeded } from "../../lazy/module-needed.js";
import { readRulesInput } from "./read-rules-input.js";
import type { RulesInput, rulesInputSchema } from "./rules-input-schema.js";

type Schema = typeof rulesInputSchema;
let schema: Schema | null = null;

/** Loads the rules schema (and zod), for rules the quick reading is unsure of. */
export async function loadRulesSchema(): Promise<void> {
  schema ??= (await import("./rules-input-schema.js")).rulesInputSchema;
}

/** The rules as the schema reads them, or its issues. */
export type RulesValidation =
  { success: true; data: RulesInput } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * Validates rules (a `--rules` file or the `Quy tắc` sheet, in the file's shape) against
 * `rulesInputSchema`: by the quick reading when it is sure, else by the schema, which throws
 * `ModuleNeeded` until it is loaded (`withModules` loads it and validates again).
 */
export function validateRulesInput(value: unknown): RulesValidation {
  const read = readRulesInput(value);
  if (read !== undefined) return { success: true, data: read };
  if (schema === null) throw new ModuleNeeded("the rules schema", loadRulesSchema);
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues };
}
