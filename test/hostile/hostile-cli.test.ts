/**
 * A few hostile cases through the built binary, one process per run: what only a real process
 * shows. hostile.test.ts runs every case in process, through run-in-process.ts; here each spawned
 * run that fails is also run in process, and both must print the same, so the in-process runs
 * stand for the CLI.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { HostileCase, Invocation, Run, Runner } from "./hostile-cases.js";
import { FILES, STACK, argvOf, cases, checkCase, runsOf, sandbox } from "./hostile-cases.js";
import { runInProcess } from "./run-in-process.js";
import { ROOT } from "../helpers/run-cli.js";

const BIN = join(ROOT, "bin/thidua.js");
/** Taken once: an in-process run changes the PATH for a moment, and a spawned run must not inherit that. */
const ENV = { ...process.env, NO_COLOR: "1" };

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
        env: { ...ENV, ...(withoutLibreOffice ? { PATH: "" } : {}) },
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

/** In-process runs wait for each other: each sets the working folder, and maybe the PATH, of this process. */
let inProcessTurn: Promise<unknown> = Promise.resolve();
function runInProcessAlone(invocation: Invocation): Promise<Run> {
  const run = inProcessTurn.then(() => runInProcess(invocation));
  inProcessTurn = run.catch(() => undefined);
  return run;
}

/**
 * Spawns the CLI. A run that fails writes nothing, so it is run again in process in the same
 * sandbox, which must print the same (not for a disk or an output path of the case's own: the
 * in-process run of hostile.test.ts simulates those).
 */
function runner(c: HostileCase): Runner {
  return async (invocation) => {
    const spawned = await spawnCli(argvOf(invocation), invocation.cwd, invocation.withoutLibreOffice);
    if (spawned.status !== 0 && c.out === undefined)
      expect(await runInProcessAlone(invocation), "in process").toEqual(spawned);
    return spawned;
  };
}

describe.concurrent("hostile inputs, through the CLI", { tags: ["hostile-cli"] }, () => {
  it("spawns cases that are in the manifest", () => {
    expect(Object.keys(SPAWNED).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  for (const { c, command } of runsOf(cases.filter((c) => c.name in SPAWNED))) {
    it(`${c.name} (${command}): ${SPAWNED[c.name] ?? ""}`, { timeout: 300_000 }, async (ctx) => {
      const box = sandbox(c, "real");
      // Only a disk that cannot be had here: hostile.test.ts runs the case on a simulated one.
      if (box === null) return ctx.skip("no tmpfs without root; the in-process run simulates the disk");
      try {
        await checkCase(c, command, box, runner(c));
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
