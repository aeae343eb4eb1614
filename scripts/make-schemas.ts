// Writes the JSON Schemas of the `--json` contract into schema/ from the zod schemas of
// src/output/json-schemas.ts (zod 4's `z.toJSONSchema`), formatted as the repository's other JSON.
// test/cli/json-schema.test.ts checks that the committed files are current and that real outputs
// match. Run: npm run schemas
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import type { SchemaFileName } from "../src/output/schema-file-text.js";
import { schemaFileJson } from "../src/output/schema-file-text.js";
import { SCHEMA_FILES } from "../src/output/json-schemas.js";

/** The text of `schema/<name>` as committed. */
export async function schemaFileText(name: SchemaFileName): Promise<string> {
  const path = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  const config = await prettier.resolveConfig(path);
  return prettier.format(schemaFileJson(name), { ...config, filepath: path });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(SCHEMA_FILES) as SchemaFileName[]) {
    writeFileSync(new URL(`../schema/${name}`, import.meta.url), await schemaFileText(name));
    console.log(`schema/${name}`);
  }
}
