/**
 * `batch()` called as a function, without commander: the hooks a CLI (or a script) builds on, and what
 * a worker that dies does to its bloc. Uses the built dist/worker.js (`npm run build`), or a fake one.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BlocReport } from "../../src/batch/bloc-report.js";
import { batch } from "../../src/batch/run-batch.js";
import { copyFixture, copySample, tempDir } from "./batch-helpers.js";

let dir: string;
let cleanup: () => Promise<void>;
let cwd: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(async () => {
  process.chdir(cwd);
  await cleanup();
});

describe("batch()", () => {
  it("reports each bloc once, in input order, and counts progress up to the total", async () => {
    await copyFixture("clean-sheet-per-unit.xlsx", join(dir, "tinh/k-1.xlsx"));
    await copyFixture("many-errors.xlsx", join(dir, "tinh/k-2.xlsx"));
    await copySample("khoi-14", join(dir, "tinh/k-10"));
    const seen: [number, string, string][] = [];
    const progress: number[] = [];
    let started = 0;
    const outcome = await batch(
      ["tinh"],
      { force: false, jobs: 3, only: ["ket-qua"] },
      {
        onStart: (blocs) => (started = blocs.length),
        onBloc: (report: BlocReport, index) => seen.push([index, report.input, report.status]),
        onProgress: (done) => progress.push(done),
      },
    );
    expect(started).toBe(3);
    expect(seen).toEqual([
      [0, "tinh/k-1.xlsx", "ok"],
      [1, "tinh/k-2.xlsx", "failed"],
      [2, "tinh/k-10", "ok"],
    ]);
    expect(progress).toEqual([1, 2, 3]);
    expect(outcome.summary).toEqual({ ok: 2, existing: 0, failed: 1, skipped: 0 });
    expect(outcome.blocs.map((b) => b.folder)).toEqual([
      "khoi-thi-dua-viii-2022",
      null,
      "khoi-thi-dua-so-2-2021",
    ]);
    expect(outcome.indexFiles).toEqual(["thidua-out/tong-hop.json", "thidua-out/tong-hop.xlsx"]);
    expect(await readdir(join(dir, "thidua-out/khoi-thi-dua-viii-2022"))).toEqual([
      "ket-qua.json",
      "ket-qua.xlsx",
    ]);
  });

  it("fails only the bloc whose worker died or threw, and says so in the index", async () => {
    for (const name of ["a.xlsx", "b-crash.xlsx", "c-exit.xlsx", "d.xlsx"])
      await writeFile(join(dir, name), "");
    const outcome = await batch(["."], {
      force: false,
      jobs: 2,
      workerUrl: new URL("./fake-worker.mjs", import.meta.url),
    });
    expect(outcome.blocs.map((b) => [b.input, b.status, b.errors[0]?.code])).toEqual([
      ["a.xlsx", "ok", undefined],
      ["b-crash.xlsx", "failed", "workerCrashed"],
      ["c-exit.xlsx", "failed", "workerCrashed"],
      ["d.xlsx", "ok", undefined],
    ]);
    expect(outcome.blocs[1]?.stack).toContain("boom in b-crash.xlsx");
    const index = JSON.parse(await readFile(join(dir, "thidua-out/tong-hop.json"), "utf8"));
    expect(index.summary).toEqual({ ok: 2, existing: 0, failed: 2, skipped: 0 });
    expect(index.blocs[1].errors[0].message).toContain("các khối khác không bị ảnh hưởng");
  });
});
