/**
 * The `--json` contract (cli.md): the JSON Schemas shipped in schema/ are generated from the zod
 * schemas of src/output/json-schemas.ts and current, and real outputs of the built CLI match them —
 * every command, on success and on each kind of failure. zod parses the outputs (strict objects: an
 * undocumented field fails too).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { schemaFileText } from "../../scripts/make-schemas.js";
import {
  SCHEMA_FILES,
  batchResultSchema,
  errorsDocumentSchema,
  indexFileSchema,
  summarizeResultSchema,
  validateResultSchema,
} from "../../src/output/json-schemas.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "thidua-schema-"));
  await cp(join(ROOT, "samples/khoi-14"), join(dir, "tinh/khoi-14"), { recursive: true });
  await cp(join(ROOT, "samples/cum-thi-dua-so-02.xlsx"), join(dir, "tinh/cum-02.xlsx"));
  await cp(join(ROOT, "test/fixtures/many-errors.xlsx"), join(dir, "tinh/loi.xlsx"));
  await writeFile(join(dir, "tinh/ghi-chu.txt"), "x");
  await mkdir(join(dir, "tinh/rong"));
  await writeFile(join(dir, "quy-tac.json"), '{ "flag": { "count": 2 }, }');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const thidua = (args: string[]) => runCli(args, { cwd: dir });

/** Parses stdout with the schema, failing with zod's issues. */
function matches<S extends z.ZodType>(schema: S, stdout: string): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(stdout));
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as z.infer<S>;
}

describe("schema/", () => {
  it.each(Object.keys(SCHEMA_FILES))(
    "%s is generated from the zod schemas (npm run schemas)",
    async (name) => {
      const committed = await readFile(join(ROOT, "schema", name), "utf8");
      expect(committed).toBe(await schemaFileText(name as keyof typeof SCHEMA_FILES));
    },
  );

  it("is shipped in the package", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schema");
  });
});

describe("real outputs match the schemas", () => {
  it("summarize: the result, with the written files as absolute paths (exit 0)", () => {
    const run = thidua(["summarize", "tinh/cum-02.xlsx", "-o", "cum", "--json"]);
    expect(run.status).toBe(0);
    const result = matches(summarizeResultSchema, run.stdout);
    // Four documents, ket-qua.xlsx, ket-qua.json and the achievement reports of the two units
    // proposed for a flag.
    expect(result.files).toHaveLength(8);
    for (const f of result.files) expect(isAbsolute(f), f).toBe(true);
    expect(result.files[0]?.startsWith(join(dir, "cum"))).toBe(true);
  });

  it("summarize of a bloc folder (exit 0)", () => {
    const run = thidua(["summarize", "tinh/khoi-14", "-o", "k14", "--json"]);
    expect(run.status).toBe(0);
    expect(matches(summarizeResultSchema, run.stdout).units).toHaveLength(14);
  });

  it.each([
    ["input errors", ["summarize", "tinh/loi.xlsx", "--json"], 1, undefined],
    ["a usage error", ["summarize", "--json"], 2, "usageError"],
    ["an unknown option", ["validate", "tinh/cum-02.xlsx", "--json", "--xyz"], 2, "usageError"],
    [
      "a rules file that is not JSON",
      ["summarize", "tinh/cum-02.xlsx", "--rules", "quy-tac.json", "--json"],
      2,
      "rulesFileInvalid",
    ],
    ["outputs that exist", ["summarize", "tinh/cum-02.xlsx", "-o", "cum", "--json"], 2, "outputError"],
    ["a batch that cannot start", ["batch", "tinh/rong", "--json"], 2, "usageError"],
  ])("the errors document on %s", (_, args, status, code) => {
    const run = thidua(args);
    expect(run.status).toBe(status);
    const document = matches(errorsDocumentSchema, run.stdout);
    if (code !== undefined) expect(document.errors[0]?.code).toBe(code);
  });

  it.each([
    ["valid", ["validate", "tinh/khoi-14", "--json"], 0],
    ["invalid", ["validate", "tinh/loi.xlsx", "--json"], 1],
  ])("validate, %s", (_, args, status) => {
    const run = thidua(args);
    expect(run.status).toBe(status);
    expect(matches(validateResultSchema, run.stdout).ok).toBe(status === 0);
  });

  it("batch: ok, failed and skipped, then existing; and the index tong-hop.json", async () => {
    const first = thidua(["batch", "tinh", "-o", "tong", "--json"]);
    expect(first.status).toBe(3);
    const once = matches(batchResultSchema, first.stdout);
    expect(once.summary).toEqual({ ok: 2, existing: 0, failed: 1, skipped: 2 });
    const again = matches(batchResultSchema, thidua(["batch", "tinh", "-o", "tong", "--json"]).stdout);
    expect(again.summary).toEqual({ ok: 0, existing: 2, failed: 1, skipped: 2 });
    for (const bloc of again.blocs)
      if (bloc.status === "existing") for (const f of bloc.result.files) expect(isAbsolute(f)).toBe(true);
    const index = matches(indexFileSchema, await readFile(join(dir, "tong/tong-hop.json"), "utf8"));
    expect(index.blocs.map((b) => b.status)).toEqual(again.blocs.map((b) => b.status));
  });
});
