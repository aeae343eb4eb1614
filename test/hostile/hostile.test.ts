/**
 * Runs the built CLI on every case of the hostile corpus (test/hostile/manifest.json, written by
 * scripts/make-hostile.ts): each must end with its exit code and diagnostic, one clear message
 * naming the file, no stack trace, and nothing written. Cases run concurrently as child processes;
 * timings are not asserted (the spawn has a generous timeout: a hang fails the test).
 */
import { execFile, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { documentText, part } from "../documents/docx-reader.js";
import { ROOT } from "../helpers/run-cli.js";

const HOSTILE = join(ROOT, "test/hostile");
const FILES = join(HOSTILE, "files");
const BIN = join(ROOT, "bin/thidua.js");

const manifest = z.array(
  z.object({
    name: z.string(),
    description: z.string(),
    inputs: z.array(z.string()).min(1),
    args: z.array(z.string()).optional(),
    commands: z.array(z.enum(["summarize", "validate"])).optional(),
    out: z.enum(["fresh", "default", "file", "readonly", "full"]).optional(),
    libreOffice: z.enum(["required", "absent"]).optional(),
    expect: z.object({
      exit: z.number().int(),
      code: z.string().optional(),
      file: z.string().optional(),
      sheet: z.string().optional(),
      cell: z.string().optional(),
      warning: z.string().optional(),
      messageContains: z.string().optional(),
      documentsContain: z.array(z.string()).optional(),
    }),
  }),
);
type HostileCase = z.infer<typeof manifest>[number];
const cases = manifest.parse(JSON.parse(readFileSync(join(HOSTILE, "manifest.json"), "utf8")));

/** Codes that stop the reading of a whole file: the run has exactly one error. */
const FILE_CODES = new Set([
  "notXlsx",
  "needsLibreOffice",
  "encrypted",
  "fileNotFound",
  "fileUnreadable",
  "tooLarge",
]);
const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined;
const inCi = process.env.CI !== undefined && process.env.CI !== "";
const STACK = /\n\s+at /;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `withoutLibreOffice`: a PATH where `soffice` is not found (the CLI itself needs none). */
function run(args: readonly string[], cwd: string, withoutLibreOffice = false): Promise<Run> {
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

/** Every file under a folder, relative to it. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const canMount = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), "thidua-mount-"));
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", probe]).status === 0;
  if (ok) spawnSync("umount", [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

/** The sandbox of one run: its working folder, its `-o`, and how to undo what was set up. */
interface Sandbox {
  cwd: string;
  out: string | null;
  /** Files present before the run (an output path that is a file). */
  before: string[];
  cleanup: () => void;
}

function sandbox(c: HostileCase): Sandbox | null {
  const cwd = mkdtempSync(join(tmpdir(), `thidua-hostile-${c.name}-`));
  let unmount: string | null = null;
  let out: string | null = join(cwd, "out");
  if (c.out === "default") out = null;
  if (c.out === "file") writeFileSync(join(cwd, "out"), "không phải thư mục\n");
  if (c.out === "readonly" || c.out === "full") {
    const mountPoint = join(cwd, "disk");
    mkdirSync(mountPoint);
    if (canMount) {
      const options = c.out === "full" ? "size=16k" : "ro,size=64k";
      if (spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint]).status !== 0) return null;
      unmount = mountPoint;
    } else if (c.out === "readonly" && process.getuid?.() !== 0) {
      chmodSync(mountPoint, 0o555);
    } else {
      rmSync(cwd, { recursive: true, force: true });
      return null;
    }
    out = join(mountPoint, "out");
  }
  return {
    cwd,
    out,
    before: listFiles(cwd),
    cleanup: () => {
      if (unmount !== null) spawnSync("umount", [unmount]);
      if (existsSync(join(cwd, "disk"))) chmodSync(join(cwd, "disk"), 0o755);
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

const inputPath = (f: string) => (f.startsWith("/") ? f : join(FILES, f));
/** The path the message must name: as given on the command line. */
const namedFile = (c: HostileCase) => inputPath(c.expect.file ?? c.inputs[0] ?? "");

function argsOf(c: HostileCase, command: "summarize" | "validate", box: Sandbox, json: boolean): string[] {
  const extra = (c.args ?? []).map((a) => a.replace("{files}", FILES));
  const out = command === "summarize" && box.out !== null ? ["-o", box.out] : [];
  return [command, ...c.inputs.map(inputPath), ...extra, ...out, ...(json ? ["--json"] : [])];
}

/** What the run may leave behind: nothing on failure; on success, only the output folder. */
function checkWritten(c: HostileCase, box: Sandbox, status: number | null): void {
  const after = listFiles(box.cwd);
  if (status !== 0) {
    expect(after).toEqual(box.before);
    if (box.out !== null && c.out !== "file") expect(existsSync(box.out)).toBe(false);
    return;
  }
  const fresh = after.filter((f) => !box.before.includes(f));
  for (const f of fresh) {
    if (box.out !== null) expect(join(box.cwd, f).startsWith(box.out)).toBe(true);
    // Output names are ASCII slugs whatever the bloc's name or unit codes hold.
    expect(f).toMatch(/^(thidua-[a-z0-9-]+\/|out\/)[a-z0-9-]+\.(docx|xlsx|json)$/);
  }
}

function checkDocuments(c: HostileCase, box: Sandbox): void {
  const strings = c.expect.documentsContain ?? [];
  if (strings.length === 0) return;
  const docs = listFiles(box.cwd).filter((f) => f.endsWith(".docx"));
  expect(docs.length).toBeGreaterThan(0);
  const texts = docs.map((f) => documentText(part(readFileSync(join(box.cwd, f)), "word/document.xml")));
  const all = texts.join("\n");
  for (const s of strings) expect(all).toContain(s);
}

describe.concurrent("hostile inputs", () => {
  for (const c of cases) {
    for (const command of c.commands ?? (["summarize", "validate"] as const)) {
      it(`${c.name} (${command}): ${c.description}`, { timeout: 300_000 }, async (ctx) => {
        if (c.libreOffice === "required" && !hasSoffice) {
          expect(inCi, "soffice (LibreOffice) is required in CI").toBe(false);
          return ctx.skip();
        }
        const noOffice = c.libreOffice === "absent";
        const box = sandbox(c);
        if (box === null) return ctx.skip();
        try {
          // Plain run: exit code, the message on stderr (summarize) or the checklist (validate).
          const plain = await run(argsOf(c, command, box, false), box.cwd, noOffice);
          expect(plain.status, plain.stderr).toBe(c.expect.exit);
          expect(plain.stderr).not.toMatch(STACK);
          expect(plain.stdout).not.toMatch(STACK);
          checkWritten(c, box, plain.status);
          if (plain.status === 0) {
            if (command === "summarize") checkDocuments(c, box);
          } else {
            const text = command === "validate" && c.expect.exit === 1 ? plain.stdout : plain.stderr;
            const lines = text.split("\n").filter((l) => /^Lỗi: |^\s+✗ /.test(l));
            expect(lines.length, text).toBeGreaterThan(0);
            const fileLevel = c.expect.code !== undefined && FILE_CODES.has(c.expect.code);
            if (fileLevel && c.expect.exit === 1) expect(lines, text).toHaveLength(1);
            if (c.expect.code !== undefined) expect(text).toContain(namedFile(c));
            if (c.expect.sheet !== undefined) expect(text).toContain(c.expect.sheet);
            if (c.expect.messageContains !== undefined) expect(text).toContain(c.expect.messageContains);
          }

          // --json: one JSON document on stdout, the diagnostic as data (--force: the plain run
          // of a good input has written the documents already). validate's JSON holds the same
          // diagnostics; its plain checklist is what is checked above, to keep the suite short.
          if (command === "validate") return;
          const json = await run(
            [...argsOf(c, command, box, true), ...(command === "summarize" ? ["--force"] : [])],
            box.cwd,
            noOffice,
          );
          expect(json.status, json.stderr).toBe(c.expect.exit);
          expect(json.stderr).not.toMatch(STACK);
          const doc = JSON.parse(json.stdout) as {
            errors?: { code: string; message: string; file?: string; sheet?: string; cell?: string }[];
            warnings?: { code: string }[];
          };
          if (c.expect.warning !== undefined)
            expect(doc.warnings?.map((w) => w.code)).toContain(c.expect.warning);
          if (c.expect.exit !== 0) {
            expect(doc.errors?.length).toBeGreaterThan(0);
            if (c.expect.code !== undefined) {
              const error = doc.errors?.find((e) => e.code === c.expect.code);
              expect(error, json.stdout).toBeDefined();
              expect(error?.file).toBe(namedFile(c));
              if (c.expect.sheet !== undefined) expect(error?.sheet).toBe(c.expect.sheet);
              if (c.expect.cell !== undefined) expect(error?.cell).toBe(c.expect.cell);
            }
            if (c.expect.messageContains !== undefined) {
              expect(doc.errors?.map((e) => e.message).join("\n")).toContain(c.expect.messageContains);
            }
          }
        } finally {
          box.cleanup();
        }
      });
    }
  }
});

describe("the error boundary", () => {
  it("shows the stack of an expected error only with --verbose", async () => {
    const box = mkdtempSync(join(tmpdir(), "thidua-verbose-"));
    try {
      writeFileSync(join(box, "out"), "không phải thư mục\n");
      const args = ["summarize", join(FILES, "khoi.xlsx"), "-o", join(box, "out")];
      const quiet = await run(args, box);
      expect(quiet.status).toBe(2);
      expect(quiet.stderr).not.toMatch(STACK);
      const verbose = await run([...args, "--verbose"], box);
      expect(verbose.status).toBe(2);
      expect(verbose.stderr).toMatch(STACK);
      expect(verbose.stderr).not.toContain("Lỗi nội bộ");
    } finally {
      rmSync(box, { recursive: true, force: true });
    }
  });
});
