/**
 * Ctrl-C in the middle of a batch (cli.md "Nothing lost"): the run stops, and every file left in the
 * output folder is whole (no temporary file, no truncated document). Spawns the built binary.
 */
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ROOT, copyFixture, tempDir } from "./batch-helpers.js";

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

it("leaves only whole files when interrupted with SIGINT", async () => {
  for (let i = 1; i <= 12; i++)
    await copyFixture("clean-sheet-per-unit.xlsx", join(dir, `tinh/khoi-${i}.xlsx`));
  const child = spawn(process.execPath, [join(ROOT, "bin/thidua.js"), "batch", "tinh", "--jobs", "2"], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      // Interrupt once the first bloc is written, while the others are being written.
      if (stdout.includes("xong")) resolve();
    });
    child.on("exit", () => resolve());
  });
  child.kill("SIGINT");
  const code = await exited;
  expect(code === 130 || code === 0).toBe(true);
  const files = (await readdir(join(dir, "thidua-out"), { recursive: true })).map(String);
  expect(files.filter((f) => f.endsWith(".tmp") || f.includes(".tmp"))).toEqual([]);
  for (const f of files.filter((name) => /\.(docx|xlsx)$/.test(name))) {
    expect(isWholeZip(await readFile(join(dir, "thidua-out", f))), f).toBe(true);
  }
  expect((await readdir(join(dir, "tinh"))).length).toBe(12);
});
