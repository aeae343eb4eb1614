/**
 * Ctrl-C in the middle of a batch (cli.md "Nothing lost"): the run stops, and every file left in the
 * output folder is whole (no temporary file, no truncated document); running the same command again
 * finishes the job. Spawns the built binary.
 */
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { ROOT, copyRenamedBloc, tempDir, thidua } from "./batch-helpers.js";

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

it("leaves only whole files when interrupted with SIGINT, and a second run finishes the rest", async () => {
  for (let i = 1; i <= 12; i++)
    await copyRenamedBloc(
      "clean-sheet-per-unit.xlsx",
      join(dir, `tinh/khoi-${i}.xlsx`),
      `Khối thi đua số ${i}`,
    );
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

  // Running the same command again resumes: what was written is kept, the rest is written.
  const again = thidua(dir, ["batch", "tinh", "--jobs", "2"]);
  expect(again.status, again.stderr).toBe(0);
  const lines = again.stdout.split("\n").filter((l) => /^(xong|đã có|lỗi)/.test(l));
  expect(lines).toHaveLength(12);
  expect(lines.some((l) => l.startsWith("đã có"))).toBe(true);
  expect(lines.every((l) => l.startsWith("xong") || l.startsWith("đã có"))).toBe(true);
  const index = JSON.parse(await readFile(join(dir, "thidua-out/tong-hop.json"), "utf8"));
  expect(index.blocs).toHaveLength(12);
  expect(index.summary.failed).toBe(0);
});
