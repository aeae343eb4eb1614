/**
 * The hostile corpus (test/hostile/manifest.json, written by scripts/make-hostile.ts) and what each
 * case must do, whoever runs it: hostile.test.ts runs every case in this process, hostile-cli.test.ts
 * runs a few through the built binary. Each must end with its exit code and diagnostic, one clear
 * message naming the file, no stack trace, and nothing written.
 */
import { spawnSync } from "node:child_process";
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
import { expect } from "vitest";
import { z } from "zod";
import type { SummarizeCliOptions } from "../../src/commands/summarize.js";
import { documentText, part } from "../documents/docx-reader.js";
import { ROOT } from "../helpers/run-cli.js";
import { simulateDisk } from "./simulated-disk.js";

export const FILES = join(ROOT, "test/hostile/files");

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
export type HostileCase = z.infer<typeof manifest>[number];
export type Command = "summarize" | "validate";

export const cases = manifest.parse(
  JSON.parse(readFileSync(join(ROOT, "test/hostile/manifest.json"), "utf8")),
);

/** Each case with each command it runs under (both, unless the manifest names one). */
export function runsOf(list: readonly HostileCase[]): { c: HostileCase; command: Command }[] {
  return list.flatMap((c) =>
    (c.commands ?? (["summarize", "validate"] as const)).map((command) => ({ c, command })),
  );
}

/** Codes that stop the reading of a whole file: the run has exactly one error. */
const FILE_CODES = new Set([
  "notXlsx",
  "needsLibreOffice",
  "encrypted",
  "fileNotFound",
  "fileUnreadable",
  "tooLarge",
]);
export const STACK = /\n\s+at /;

/** What a run printed and how it ended. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** One run of a case: the command, its files, its options, where and with which PATH it runs. */
export interface Invocation {
  command: Command;
  files: string[];
  options: SummarizeCliOptions;
  cwd: string;
  /** A PATH where `soffice` is not found (the CLI itself needs none). */
  withoutLibreOffice: boolean;
}

/** Runs an invocation to its end: in this process, or by spawning the CLI. */
export type Runner = (invocation: Invocation) => Promise<Run>;

/** The command line of an invocation, as a user types it. */
export function argvOf({ command, files, options }: Invocation): string[] {
  return [
    command,
    ...files,
    ...(options.rules !== undefined ? ["--rules", options.rules] : []),
    ...(options.templates !== undefined ? ["--templates", options.templates] : []),
    ...(options.out !== undefined ? ["-o", options.out] : []),
    ...(options.json ? ["--json"] : []),
    ...(options.force ? ["--force"] : []),
  ];
}

/** Every file under a folder, relative to it. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** True where a tmpfs can be mounted (Linux, as root, with the right to mount); probed once. */
let mountable: boolean | undefined;
function canMount(): boolean {
  if (mountable !== undefined) return mountable;
  mountable = false;
  if (process.platform !== "linux" || process.getuid?.() !== 0) return mountable;
  const probe = mkdtempSync(join(tmpdir(), "thidua-mount-"));
  mountable = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", probe]).status === 0;
  if (mountable) spawnSync("umount", [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mountable;
}

/** The sandbox of one run: its working folder, its `-o`, and how to undo what was set up. */
export interface Sandbox {
  cwd: string;
  out: string | null;
  /** Files present before the run (an output path that is a file). */
  before: string[];
  cleanup: () => void;
}

/**
 * Sets up a case's working folder. A read-only or full disk is a folder `disk/`: with `"real"` disks,
 * a tmpfs mounted there (as root) or, for a read-only disk, a folder without write permission (not
 * root), and null when neither can be had; with `"simulated"` disks, a plain folder that
 * simulated-disk.ts answers for (in a test file that mocks node:fs with it).
 */
export function sandbox(c: HostileCase, disks: "real" | "simulated"): Sandbox | null {
  const cwd = mkdtempSync(join(tmpdir(), `thidua-hostile-${c.name}-`));
  const undo: (() => void)[] = [];
  let out: string | null = join(cwd, "out");
  if (c.out === "default") out = null;
  if (c.out === "file") writeFileSync(join(cwd, "out"), "không phải thư mục\n");
  if (c.out === "readonly" || c.out === "full") {
    const disk = join(cwd, "disk");
    mkdirSync(disk);
    if (disks === "simulated") {
      undo.push(simulateDisk(disk, c.out));
    } else if (canMount()) {
      const options = c.out === "full" ? "size=16k" : "ro,size=64k";
      if (spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", disk]).status !== 0) return null;
      undo.push(() => spawnSync("umount", [disk]));
    } else if (c.out === "readonly" && process.getuid?.() !== 0) {
      chmodSync(disk, 0o555);
      undo.push(() => chmodSync(disk, 0o755));
    } else {
      rmSync(cwd, { recursive: true, force: true });
      return null;
    }
    out = join(disk, "out");
  }
  return {
    cwd,
    out,
    before: listFiles(cwd),
    cleanup: () => {
      for (const step of undo) step();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

const inputPath = (f: string) => (f.startsWith("/") ? f : join(FILES, f));
/** The path the message must name: as given on the command line. */
const namedFile = (c: HostileCase) => inputPath(c.expect.file ?? c.inputs[0] ?? "");

/** The manifest's extra arguments as options (the only ones it uses). */
function optionsOf(c: HostileCase): SummarizeCliOptions {
  const args = (c.args ?? []).map((a) => a.replace("{files}", FILES));
  const options: SummarizeCliOptions = {};
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (name === "--rules" && value !== undefined) options.rules = value;
    else if (name === "--templates" && value !== undefined) options.templates = value;
    else throw new Error(`${c.name}: argument ${name ?? ""} unknown to the hostile runners`);
  }
  return options;
}

/** The plain or `--json` run of a case under a command, in its sandbox. */
function invocation(c: HostileCase, command: Command, box: Sandbox, json: boolean): Invocation {
  const out = command === "summarize" && box.out !== null ? { out: box.out } : {};
  return {
    command,
    files: c.inputs.map(inputPath),
    // --force: the plain run of a good input has written the documents already.
    options: {
      ...optionsOf(c),
      ...out,
      ...(json ? { json: true, ...(command === "summarize" ? { force: true } : {}) } : {}),
    },
    cwd: box.cwd,
    withoutLibreOffice: c.libreOffice === "absent",
  };
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

/**
 * Runs a case in its sandbox with `run` and checks it: the plain run's exit code, its message on
 * stderr (summarize) or its checklist (validate), what it wrote; then summarize's `--json`, the
 * diagnostic as data. validate's JSON holds the same diagnostics; its plain checklist is what is
 * checked, to keep the suite short.
 */
export async function checkCase(c: HostileCase, command: Command, box: Sandbox, run: Runner): Promise<void> {
  const plain = await run(invocation(c, command, box, false));
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
  if (command === "validate") return;

  const json = await run(invocation(c, command, box, true));
  expect(json.status, json.stderr).toBe(c.expect.exit);
  expect(json.stderr).not.toMatch(STACK);
  const doc = JSON.parse(json.stdout) as {
    errors?: { code: string; message: string; file?: string; sheet?: string; cell?: string }[];
    warnings?: { code: string }[];
  };
  if (c.expect.warning !== undefined) expect(doc.warnings?.map((w) => w.code)).toContain(c.expect.warning);
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
}
