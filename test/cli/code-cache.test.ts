import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const LOADER = join(ROOT, "src/cli/load-cached-bundle.ts");

/** Loads `bundle` in a fresh process (the cache is written when a process ends): its exports and the cache state. */
function load(bundle: string): { value: unknown; cache: string } {
  const script = `import { loadCachedBundle } from ${JSON.stringify(LOADER)};
const { exports, cache } = loadCachedBundle(${JSON.stringify(bundle)});
console.log(JSON.stringify({ value: exports.answer(), cache }));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { value: unknown; cache: string };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadCachedBundle", () => {
  it("runs a CommonJS bundle, writes its code cache at exit, and uses it the next time", () => {
    const bundle = join(dir, "core.cjs");
    writeFileSync(
      bundle,
      "const path = require('node:path'); exports.answer = () => path.basename(__filename);",
    );
    expect(load(bundle)).toEqual({ value: "core.cjs", cache: "missing" });
    const cache = readFileSync(`${bundle}.cache`);
    expect(cache.subarray(0, 20)).toEqual(createHash("sha1").update(readFileSync(bundle, "utf8")).digest());
    expect(load(bundle)).toEqual({ value: "core.cjs", cache: "used" });
  });

  it("never runs a cache made for other source: a changed bundle is compiled, and its cache renewed", () => {
    const bundle = join(dir, "core.cjs");
    writeFileSync(bundle, "exports.answer = () => 1;");
    load(bundle);
    // Same length, other code: V8's own check would not see the difference, the hash does.
    writeFileSync(bundle, "exports.answer = () => 2;");
    expect(load(bundle)).toEqual({ value: 2, cache: "stale" });
    expect(load(bundle)).toEqual({ value: 2, cache: "used" });
    writeFileSync(`${bundle}.cache`, "not a cache");
    expect(load(bundle)).toEqual({ value: 2, cache: "stale" });
  });

  it("runs without a cache where the cache cannot be written, and leaves nothing behind", () => {
    const bundle = join(dir, "core.cjs");
    writeFileSync(bundle, "exports.answer = () => 3;");
    // A folder where the cache would go: unreadable as a cache and not replaceable by one (even for root).
    mkdirSync(join(`${bundle}.cache`, "in-the-way"), { recursive: true });
    expect(load(bundle)).toEqual({ value: 3, cache: "missing" });
    expect(readdirSync(dir).sort()).toEqual(["core.cjs", "core.cjs.cache"]);
  });
});

describe("the built package", () => {
  it.each(["dist/cli.cjs", "dist/core.cjs"])(
    "carries the code cache of %s, made by the build's training run",
    (name) => {
      const bundle = join(ROOT, name);
      const cache = readFileSync(`${bundle}.cache`);
      expect(cache.subarray(0, 20)).toEqual(createHash("sha1").update(readFileSync(bundle, "utf8")).digest());
      expect(cache.length).toBeGreaterThan(50_000);
    },
  );
});

describe("ThiduaError across bundles", () => {
  it("is recognised whichever copy of the module made it (dist/core.cjs has its own)", async () => {
    const { ThiduaError } = await import("../../src/errors.js");
    const otherCopy = Object.assign(new Error("x"), {
      [Symbol.for("thidua.ThiduaError")]: true,
      kind: "usage",
    });
    expect(otherCopy instanceof ThiduaError).toBe(true);
    expect(new ThiduaError("input", "y") instanceof ThiduaError).toBe(true);
    expect(new Error("z") instanceof ThiduaError).toBe(false);
    expect((null as unknown) instanceof ThiduaError).toBe(false);
  });
});
