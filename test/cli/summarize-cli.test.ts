import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

const FIXTURES = join(ROOT, "test/fixtures");
const CLEAN = join(FIXTURES, "clean-sheet-per-unit.xlsx");
const BROKEN = join(FIXTURES, "many-errors.xlsx");
const expected = JSON.parse(readFileSync(join(FIXTURES, "clean-sheet-per-unit.expect.json"), "utf8")) as {
  units: { code: string; total: number }[];
};
const brokenExpected = JSON.parse(readFileSync(join(FIXTURES, "many-errors.expect.json"), "utf8")) as {
  errors: { code: string; sheet?: string; cell?: string; row?: number }[];
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("thidua summarize", () => {
  it("prints exactly one JSON document with the ranking, proposals and rotation, and writes the outputs", () => {
    const out = join(dir, "out");
    const run = runCli(["summarize", CLEAN, "-o", out, "--json"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      bloc: { name: string; kind: string; year: number };
      units: { code: string; total: number; rank: number }[];
      proposals: { award: string; units: string[]; decidedBy: string }[];
      rotation: { method: string; next: { chair: string | null; deputy: string | null } };
      files: string[];
    };
    expect(json.units.map((u) => [u.code, u.total])).toEqual(expected.units.map((u) => [u.code, u.total]));
    expect(json.units.map((u) => u.rank)).toEqual([1, 2, 3]);
    expect(json.bloc.kind).toBe("khoi");
    expect(json.proposals.find((p) => p.award === "flag")?.units).toEqual([expected.units[0]?.code]);
    expect(json.rotation.method).toBe("round-robin");
    expect(json.files.map((f) => f.split(/[\\/]/).pop()).sort()).toEqual(readdirSync(out).sort());
    expect(readdirSync(out)).toContain("ket-qua.xlsx");
  });

  it("gives the same result on a second run, and refuses to overwrite without --force, naming the files", () => {
    const out = join(dir, "out");
    const first = runCli(["summarize", CLEAN, "-o", out, "--json"]);
    const again = runCli(["summarize", CLEAN, "-o", out, "--json"]);
    expect(again.status).toBe(2);
    expect(again.stdout).toContain("ket-qua.xlsx");
    const forced = runCli(["summarize", CLEAN, "-o", out, "--json", "--force"]);
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual(JSON.parse(first.stdout));
  });

  it("prints a ranking table on stdout without --json", () => {
    const run = runCli(["summarize", CLEAN, "-o", join(dir, "out")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Hạng\s+Mã\s+Đơn vị/);
    for (const u of expected.units) expect(run.stdout).toContain(u.code);
    expect(run.stdout).toMatch(/Khối trưởng năm \d{4}:/);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("reports every error with its sheet and cell, exits 1 and writes nothing", () => {
    const out = join(dir, "out");
    const run = runCli(["summarize", BROKEN, "-o", out, "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as {
      errors: { code: string; sheet?: string; cell?: string; row?: number }[];
    };
    for (const e of brokenExpected.errors) {
      expect(json.errors).toContainEqual(expect.objectContaining(e));
    }
    expect(existsSync(out)).toBe(false);
  });

  it("treats a rules file with wrong types as a rules error (exit 2) naming the key", () => {
    const rules = join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ flag: { count: "two" }, colour: "red" }));
    const run = runCli(["summarize", CLEAN, "-o", join(dir, "out"), "--rules", rules]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("flag.count");
    expect(run.stderr).toContain("colour");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("applies a rules file: two flags", () => {
    const rules = join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ "flag.count": 2 }));
    const run = runCli([
      "summarize",
      CLEAN,
      "-o",
      join(dir, "out"),
      "--rules",
      rules,
      "--json",
      "--only",
      "ket-qua",
    ]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      proposals: { award: string; units: string[] }[];
      files: string[];
    };
    expect(json.proposals.find((p) => p.award === "flag")?.units).toHaveLength(2);
    // ket-qua.xlsx and ket-qua.json.
    expect(json.files).toHaveLength(2);
  });

  it("rejects an unknown document in --only as a usage error", () => {
    const run = runCli(["summarize", CLEAN, "-o", join(dir, "out"), "--only", "bao-cao,thu-moi"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("thu-moi");
  });
});

describe("thidua validate", () => {
  it("ends with a verdict and writes nothing", () => {
    const run = runCli(["validate", CLEAN], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Đạt/m);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("groups problems by sheet with how to fix them and exits 1", () => {
    const run = runCli(["validate", BROKEN]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("many-errors.xlsx › Thông tin");
    expect(run.stdout).toContain("→ ");
    expect(run.stdout).toMatch(/^Chưa đạt: \d+ lỗi/m);
  });
});

describe("thidua, in general", () => {
  it("shows Vietnamese help with examples and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Ví dụ:");
    expect(run.stdout).toContain("summarize");
  });

  it("exits 2 on an unknown command or a missing argument", () => {
    expect(runCli(["tong-hop"]).status).toBe(2);
    expect(runCli(["summarize"]).status).toBe(2);
  });

  it("exits 1 with one line naming a missing file", () => {
    const run = runCli(["summarize", join(dir, "khong-co.xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("khong-co.xlsx");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("output into a closed pipe", () => {
  it("stops quietly when the reader of stdout goes away (`thidua … | head`)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin/thidua.js"), "summarize", CLEAN, "-o", join(dir, "o"), "--json"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toContain("Lỗi nội bộ");
    expect(status).toBe(0);
  });
});
