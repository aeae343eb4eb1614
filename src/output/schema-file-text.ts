import * as z from "zod";
import { SCHEMA_FILES } from "./json-schemas.js";

/** A shipped schema file's name (`schema/<name>`). */
export type SchemaFileName = keyof typeof SCHEMA_FILES;

/** The JSON Schema of a shipped schema file, generated from its zod schema. */
export function schemaFileJson(name: SchemaFileName): string {
  // The parts with an id (a diagnostic, a proposal, a bloc's result) are written once under `$defs`.
  const schema = z.toJSONSchema(SCHEMA_FILES[name], { target: "draft-2020-12" });
  return JSON.stringify(schema);
}
