/**
 * What commander says, in Vietnamese (issue 12: `Usage:`, `Options:`, `error: unknown option` were
 * English), and usage errors with `--json` as one JSON document on stdout (exit 2). Spawns the built
 * binary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

const ENGLISH =
  /Usage:|Options:|Arguments:|Commands:|\(default:|error:|Did you mean|missing required|too many|unknown (option|command)/;
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("help", () => {
  it.each([
    [["--help"]],
    [["-h"]],
    [["summarize", "--help"]],
    [["validate", "--help"]],
    [["batch", "--help"]],
    [["init", "--help"]],
    [["templates", "export", "--help"]],
    [["help", "batch"]],
  ])("is Vietnamese: %j", (args) => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Cách dùng: thidua/);
    expect(run.stdout).toContain("Tuỳ chọn:");
    expect(run.stdout).not.toMatch(ENGLISH);
  });

  it("says defaults in Vietnamese and keeps option names ASCII", () => {
    const run = runCli(["init", "--help"]);
    expect(run.stdout).toContain('(mặc định: ".")');
    expect(run.stdout).toMatch(/--per-unit/);
  });

  it("shows the examples, folders instead of shell globs, and the exit codes", () => {
    const run = runCli(["--help"]);
    expect(run.stdout).toContain("thidua validate khoi-2025");
    expect(run.stdout).not.toContain("*.xlsx");
    expect(run.stdout).toContain("130");
  });
});

describe("version", () => {
  it.each([["-v"], ["--version"], ["-V"]])("%s prints the version", (flag) => {
    const run = runCli([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });
});

describe("usage errors", () => {
  it.each([
    ["an unknown option", ["-x"], 'không có tuỳ chọn "-x"'],
    ["an unknown option of a command", ["validate", "khoi.xlsx", "--jsn"], "Có phải ý bạn là --json?"],
    ["a missing argument", ["summarize"], "thiếu đối số bắt buộc <khối>"],
    ["too many arguments", ["init", "a", "b"], "thừa đối số (nhận tối đa 1, nhưng có 2)"],
    ["an unknown command", ["sumarize"], 'không có lệnh "sumarize". Có phải ý bạn là summarize?'],
    [
      "an option without its value",
      ["summarize", "khoi.xlsx", "-o"],
      'tuỳ chọn "-o, --out <dir>" cần một giá trị',
    ],
    ["a missing sub-command", ["templates"], "thiếu lệnh"],
  ])("says %s in one Vietnamese line with what to do (exit 2)", (_, args, text) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).not.toMatch(ENGLISH);
    expect(run.stderr).not.toMatch(ENGLISH);
    const line = run.stderr.split("\n").find((l) => l.startsWith("Lỗi: "));
    expect(line).toContain(text);
    expect(line).toContain("--help");
  });

  it.each([
    [["summarize", "--json"]],
    [["validate", "khoi.xlsx", "--json", "--khong-co"]],
    [["batch", "--json"]],
    [["summarize", "khoi.xlsx", "--json", "--only", "thu-moi"]],
  ])("with --json print one JSON document on stdout and exit 2: %j", (args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    const json = JSON.parse(run.stdout) as {
      errors: { code: string; message: string }[];
      warnings: unknown[];
    };
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]?.code).toBe("usageError");
    expect(json.errors[0]?.message).not.toMatch(ENGLISH);
    expect(json.warnings).toEqual([]);
  });
});
