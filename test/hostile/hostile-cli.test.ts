/**
 * A few hostile cases through the built binary, one process per run: what only a real process
 * shows. hostile.test.ts runs every case in process; these prove that the CLI's exit code, streams
 * and error boundary say the same, and what needs a real process or file system.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Invocation, Run } from "./hostile-cases.js";
import { FILES, STACK, argvOf, cases, checkCase, invocation, runsOf, sandbox } from "./hostile-cases.js";
import { runInProcess } from "./run-in-process.js";
import { ROOT } from "../helpers/run-cli.js";

const BIN = join(ROOT, "bin/thidua.js");

/** The cases spawned, and what each proves that the in-process run does not. */
const SPAWNED: Record<string, string> = {
  png: "a file refused whole: exit 1, one line on stderr",
  "formula-no-result": "a cell's error: exit 1, validate's checklist on stdout",
  "rules-wrong-types": "a rules error through the error boundary: exit 2, its diagnostics as JSON",
  "broken-template": "a template error through the error boundary: exit 2",
  "old-xls-without-libreoffice": "a real PATH without soffice",
  "values-like-templates": "template syntax in the data cannot reach the process (exit 9 would show)",
  "out-read-only":
    "the real file system's answer (a read-only tmpfs as root, else a folder without write permission)",
  "out-disk-full": "the real file system's answer (a 16 KB tmpfs, root only)",
};

function spawnCli(args: readonly string[], cwd: string, withoutLibreOffice = false): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd,
        env: { ...process.env, NO_COLOR: "1", ...(withoutLibreOffice ? { PATH: "" } : {}) },
        encoding: "utf8",
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const runSpawned = (invocation: Invocation): Promise<Run> =>
  spawnCli(argvOf(invocation), invocation.cwd, invocation.withoutLibreOffice);

describe.concurrent("hostile inputs, through the CLI", { tags: ["hostile-cli"] }, () => {
  it("spawns cases that are in the manifest", () => {
    expect(Object.keys(SPAWNED).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  for (const { c, command } of runsOf(cases.filter((c) => c.name in SPAWNED))) {
    it(`${c.name} (${command}): ${SPAWNED[c.name] ?? ""}`, { timeout: 300_000 }, async (ctx) => {
      const box = sandbox(c, true);
      // Only a disk that cannot be had here: hostile.test.ts runs the case on a simulated one.
      if (box === null) return ctx.skip("no tmpfs without root; the in-process run simulates the disk");
      try {
        await checkCase(c, command, box, runSpawned);
      } finally {
        box.cleanup();
      }
    });
  }

  it("shows the stack of an expected error only with --verbose", async () => {
    const box = mkdtempSync(join(tmpdir(), "thidua-verbose-"));
    try {
      writeFileSync(join(box, "out"), "không phải thư mục\n");
      const args = ["summarize", join(FILES, "khoi.xlsx"), "-o", join(box, "out")];
      const quiet = await spawnCli(args, box);
      expect(quiet.status).toBe(2);
      expect(quiet.stderr).not.toMatch(STACK);
      const verbose = await spawnCli([...args, "--verbose"], box);
      expect(verbose.status).toBe(2);
      expect(verbose.stderr).toMatch(STACK);
      expect(verbose.stderr).not.toContain("Lỗi nội bộ");
    } finally {
      rmSync(box, { recursive: true, force: true });
    }
  });
});

/*
 * hostile.test.ts runs every case through run-in-process.ts, which words an expected error as the
 * CLI's error boundary does: for the spawned cases that end in an error, both print the same.
 */
describe("the in-process runner prints what the CLI prints", { tags: ["hostile-cli"] }, () => {
  const failing = cases.filter((c) => c.name in SPAWNED && c.expect.exit !== 0 && c.out === undefined);
  for (const { c, command } of runsOf(failing)) {
    it(`${c.name} (${command})`, async () => {
      const box = sandbox(c, false);
      if (box === null) throw new Error("unreachable: no disk asked for");
      try {
        for (const json of [false, true]) {
          const run = invocation(c, command, box, json);
          expect(await runInProcess(run)).toEqual(await runSpawned(run));
        }
      } finally {
        box.cleanup();
      }
    });
  }
});
