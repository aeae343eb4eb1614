/**
 * `summarize` and `validate` given a bloc folder, as a secretary on Windows types them (cmd.exe and
 * PowerShell pass `don-vi/*.xlsx` on literally): the folder stands for its workbooks, and an Excel
 * lock file beside them changes nothing. Spawns the built binary.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "thidua-folder-"));
  await cp(join(ROOT, "samples/khoi-14"), join(dir, "khoi-2025"), { recursive: true });
  // Excel holds a unit's workbook open: its lock file sits beside it.
  await writeFile(join(dir, "khoi-2025/don-vi/~$evnspc.xlsx"), "lock");
  await writeFile(join(dir, "khoi-2025/.~lock.khoi-thi-dua.xlsx#"), "lock");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const thidua = (args: string[]) => runCli(args, { cwd: dir });

describe("a bloc folder on the command line", () => {
  it("validates the bloc workbook and every per-unit workbook of the folder", async () => {
    const byFolder = thidua(["validate", "khoi-2025", "--json"]);
    expect(byFolder.status, byFolder.stdout).toBe(0);
    const units = (await readdir(join(dir, "khoi-2025/don-vi"))).filter((f) => !f.startsWith("~$"));
    const byFiles = thidua([
      "validate",
      "khoi-2025/khoi-thi-dua.xlsx",
      ...units.map((u) => `khoi-2025/don-vi/${u}`),
      "--json",
    ]);
    expect(JSON.parse(byFolder.stdout)).toEqual(JSON.parse(byFiles.stdout));
    expect(JSON.parse(byFolder.stdout)).toMatchObject({ ok: true, errors: [], warnings: [] });
  });

  it("summarizes a bloc folder as it does its files, with the same ranking", () => {
    const byFolder = JSON.parse(thidua(["summarize", "khoi-2025", "-o", "a", "--json"]).stdout);
    const byUnitsFolder = JSON.parse(
      thidua(["summarize", "khoi-2025/khoi-thi-dua.xlsx", "khoi-2025/don-vi", "-o", "b", "--json"]).stdout,
    );
    expect(byFolder.units).toEqual(byUnitsFolder.units);
    expect(byFolder.units).toHaveLength(14);
  });

  it("works the same from a folder given with a trailing separator, as tab completion writes it", () => {
    expect(thidua(["validate", "khoi-2025/"]).status).toBe(0);
  });

  it("skips a lock file a shell glob caught, with a warning, and still succeeds", () => {
    const run = thidua([
      "validate",
      "khoi-2025/khoi-thi-dua.xlsx",
      "khoi-2025/don-vi/~$evnspc.xlsx",
      "--json",
    ]);
    const json = JSON.parse(run.stdout) as { ok: boolean; warnings: { code: string; file: string }[] };
    expect(json.ok).toBe(false); // the units' own workbooks were not given: their scores are missing
    expect(json.warnings).toContainEqual(
      expect.objectContaining({ code: "tempFileSkipped", file: "khoi-2025/don-vi/~$evnspc.xlsx" }),
    );
    const all = thidua([
      "validate",
      "khoi-2025/khoi-thi-dua.xlsx",
      "khoi-2025/don-vi/~$evnspc.xlsx",
      "khoi-2025/don-vi",
    ]);
    expect(all.status, all.stdout).toBe(0);
    expect(all.stdout).toContain("tệp khoá");
  });

  it("says what to do with a folder that holds no bloc or several", async () => {
    await cp(join(ROOT, "samples/cum-thi-dua-so-02.xlsx"), join(dir, "tinh/cum-02.xlsx"));
    await cp(join(ROOT, "test/fixtures/clean-sheet-per-unit.xlsx"), join(dir, "tinh/khoi-8.xlsx"));
    const many = thidua(["summarize", "tinh", "--json"]);
    expect(many.status).toBe(1);
    expect(JSON.parse(many.stdout).errors).toEqual([
      expect.objectContaining({ code: "folderHasManyBlocs", file: "tinh" }),
    ]);
    expect(thidua(["validate", "tinh"]).stdout).toContain("thidua batch");
    await writeFile(join(dir, "ghi-chu.txt"), "x");
    await rm(join(dir, "khoi-2025"), { recursive: true });
    await rm(join(dir, "tinh"), { recursive: true });
    const empty = thidua(["validate", "."]);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('thư mục không có bảng tính .xlsx nào (chỉ có "ghi-chu.txt")');
  });
});
