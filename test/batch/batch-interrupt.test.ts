/**
 * Ctrl-C in the middle of a batch (cli.md "Nothing lost"): the run stops with exit 130, every file
 * left in the output folder is whole (no temporary file, no truncated document), and running the same
 * command again finishes the job. Spawns the built binary with a preloaded hook (hold-blocs.mjs) that
 * lets the first bloc finish and holds every other one, so the batch is always still running when
 * SIGINT arrives: the test cannot pass by the batch winning a race.
 */
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ROOT, copyRenamedBloc, tempDir, thidua } from "./batch-helpers.js";

const HOLD_BLOCS = pathToFileURL(join(ROOT, "test/batch/hold-blocs.mjs")).href;
const BLOCS = 4;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

/** A zip (docx, xlsx) that was written to its end holds the end-of-central-directory record. */
function isWholeZip(bytes: Buffer): boolean {
  return (
    bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= bytes.length - 22 - 0xffff &&
    bytes.length > 22
  );
}

/**
 * Runs `thidua batch tinh --jobs 2` with the hook, presses Ctrl-C once the first bloc is written,
 * and returns how the run ended. A run that ends before the Ctrl-C, or does not end after it, fails.
 */
async function interruptAfterFirstBloc(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ["--import", HOLD_BLOCS, join(ROOT, "bin/thidua.js"), "batch", "tinh", "--jobs", "2"],
    { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const firstBloc = await new Promise<boolean>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("xong")) resolve(true);
    });
    child.on("exit", () => resolve(false));
  });
  if (!firstBloc) throw new Error(`the batch ended before the Ctrl-C:\n${stdout}\n${stderr}`);
  child.kill("SIGINT");
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await exited.finally(() => clearTimeout(timer));
  return { code, stdout, stderr };
}

it(
  "stops on Ctrl-C with exit 130 leaving only whole files, and a second run finishes the rest",
  { timeout: 180_000 },
  async () => {
    for (let i = 1; i <= BLOCS; i++)
      await copyRenamedBloc(
        "clean-sheet-per-unit.xlsx",
        join(dir, `tinh/khoi-${i}.xlsx`),
        `Khối thi đua số ${i}`,
      );
    const stopped = await interruptAfterFirstBloc();
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain("Đã dừng. Chạy lại đúng lệnh này để làm tiếp");
    const files = (await readdir(join(dir, "thidua-out"), { recursive: true })).map(String);
    expect(files.filter((f) => f.includes(".tmp"))).toEqual([]);
    const written = files.filter((name) => /\.(docx|xlsx)$/.test(name));
    // The first bloc only: the others were held, and the index is written at the end of a run.
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((f) => f.startsWith("khoi-thi-dua-so-1-"))).toBe(true);
    for (const f of written) expect(isWholeZip(await readFile(join(dir, "thidua-out", f))), f).toBe(true);
    expect((await readdir(join(dir, "tinh"))).length).toBe(BLOCS);

    // Running the same command again resumes: what was written is kept, the rest is written.
    const again = thidua(dir, ["batch", "tinh", "--jobs", "2"]);
    expect(again.status, again.stderr).toBe(0);
    const lines = again.stdout.split("\n").filter((l) => /^(xong|đã có|lỗi)/.test(l));
    expect(lines).toHaveLength(BLOCS);
    expect(lines[0]).toMatch(/^đã có\s+tinh\/khoi-1\.xlsx /);
    expect(lines.slice(1).every((l) => l.startsWith("xong"))).toBe(true);
    const index = JSON.parse(await readFile(join(dir, "thidua-out/tong-hop.json"), "utf8"));
    expect(index.blocs).toHaveLength(BLOCS);
    expect(index.summary.failed).toBe(0);
  },
);
