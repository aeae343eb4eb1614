/**
 * `batch` reads .xls and .ods blocs and unit workbooks (issue 11): every old-format file of the run is
 * converted in one LibreOffice run, before the workers start, and the copies are removed afterwards.
 * The inputs are made by LibreOffice from the samples in the test's setup. In CI a missing `soffice`
 * fails the test instead of skipping it.
 */
import { spawnSync } from "node:child_process";
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batch } from "../../src/batch/run-batch.js";
import { ROOT, tempDir } from "./batch-helpers.js";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined;
const inCi = process.env.CI !== undefined && process.env.CI !== "";

let dir: string;
let cleanup: () => Promise<void>;
let unitCount = 0;

/** Converts `files` to `format` into `outDir` with LibreOffice (its own profile). */
function libreOffice(files: readonly string[], format: string, outDir: string): void {
  const profile = pathToFileURL(join(dir, `lo-profile-${format}`)).href;
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.error || run.status !== 0) throw new Error(`soffice failed: ${run.error?.message ?? run.stderr}`);
}

describe.skipIf(!hasSoffice && !inCi)("batch with .xls and .ods workbooks", { tags: ["libreoffice"] }, () => {
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    if (!hasSoffice) return;
    const units = (await readdir(join(ROOT, "samples/khoi-14/don-vi"))).map((f) =>
      join(ROOT, "samples/khoi-14/don-vi", f),
    );
    unitCount = units.length;
    libreOffice([join(ROOT, "samples/cum-thi-dua-so-02.xlsx")], "ods", join(dir, "tinh"));
    libreOffice(units, "xls", join(dir, "tinh/khoi-14/don-vi"));
    await writeFile(
      join(dir, "tinh/khoi-14/khoi-thi-dua.xlsx"),
      await readFile(join(ROOT, "samples/khoi-14/khoi-thi-dua.xlsx")),
    );
  }, 360_000);
  afterAll(() => cleanup());

  it("has soffice (required in CI)", () => {
    expect(hasSoffice, "soffice (LibreOffice) is not installed").toBe(true);
  });

  it(
    "converts every old file of the run in one LibreOffice run and reads the blocs",
    { timeout: 360_000 },
    async () => {
      // A `soffice` first on the PATH that counts its runs and hands over to the real one.
      const bin = join(dir, "bin");
      await mkdir(bin);
      const real = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
      await writeFile(
        join(bin, "soffice"),
        `#!/bin/sh\necho run >> "${join(dir, "runs")}"\nexec "${real}" "$@"\n`,
      );
      await chmod(join(bin, "soffice"), 0o755);
      const temporary = join(dir, "tmp");
      await mkdir(temporary);
      const saved = { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR };
      process.env.PATH = `${bin}:${process.env.PATH ?? ""}`;
      process.env.TMPDIR = temporary;
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const outcome = await batch(["tinh"], { force: false, jobs: 2, only: ["ket-qua"] });
        expect(outcome.blocs.map((b) => [b.input, b.status, b.files.length, b.errors])).toEqual([
          ["tinh/cum-thi-dua-so-02.ods", "ok", 1, []],
          ["tinh/khoi-14", "ok", 1 + unitCount, []],
        ]);
        expect(outcome.blocs[1]?.files.slice(1).every((f) => f.endsWith(".xls"))).toBe(true);
        expect(outcome.blocs.map((b) => b.facts?.name)).toEqual(["Cụm thi đua số 02", expect.any(String)]);
        expect((await readFile(join(dir, "runs"), "utf8")).trim().split("\n")).toEqual(["run"]);
        expect(await readdir(temporary)).toEqual([]);
      } finally {
        process.chdir(cwd);
        process.env.PATH = saved.PATH;
        if (saved.TMPDIR === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved.TMPDIR;
      }
    },
  );
});
