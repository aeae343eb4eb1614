/**
 * `thidua batch` end to end: spawns the built binary (run `npm run build` first; `npm test` does) on a
 * province folder of three blocs, one of them broken.
 */
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, tempDir, thidua } from "./batch-helpers.js";

const DOCUMENTS = [
  "bang-diem.docx",
  "bao-cao-tong-ket.docx",
  "bien-ban-hop.docx",
  "ket-qua.xlsx",
  "to-trinh-khen-thuong.docx",
];
/** Both ok blocs are Khối thi đua VIII 2022: the second in input order gets `-2`. */
const FOLDER_A = "khoi-thi-dua-viii-2022";
const FOLDER_B = "khoi-thi-dua-viii-2022-2";

let dir: string;
let cleanup: () => Promise<void>;

/** tinh/: a single-workbook bloc, a bloc folder with per-unit workbooks, a broken bloc, a lock file. */
async function makeProvince(root: string): Promise<void> {
  await copyFixture("clean-sheet-per-unit.xlsx", join(root, "tinh/a-khoi-viii.xlsx"));
  await copyFixture("per-unit-workbooks", join(root, "tinh/b-khoi-viii"));
  await copyFixture("many-errors.xlsx", join(root, "tinh/c-loi.xlsx"));
  await writeFile(join(root, "tinh/~$a-khoi-viii.xlsx"), "Excel lock file");
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await makeProvince(dir);
});
afterAll(() => cleanup());

describe("thidua batch", () => {
  let first: ReturnType<typeof thidua>;
  beforeAll(() => {
    first = thidua(dir, ["batch", "tinh"]);
  });

  it("exits 3 when a bloc failed, with a line per bloc in input order and the counts", () => {
    expect(first.status, first.stderr).toBe(3);
    const lines = first.stdout.split("\n").filter((l) => l.trim() !== "");
    expect(lines[0]).toMatch(/^xong\s+tinh\/a-khoi-viii\.xlsx → thidua-out\/khoi-thi-dua-viii-2022 /);
    expect(lines[1]).toMatch(/^xong\s+tinh\/b-khoi-viii → thidua-out\/khoi-thi-dua-viii-2022-2 /);
    expect(lines[2]).toMatch(/^lỗi\s+tinh\/c-loi\.xlsx: \d+ lỗi$/);
    expect(lines[3]).toContain("3 khối: 2 xong, 1 lỗi");
    expect(lines[4]).toContain("thidua-out/tong-hop.json");
    expect(first.stderr).toContain("c-loi.xlsx › ");
  });

  it("shows no progress bar when stderr is not a terminal", () => {
    expect(first.stderr).not.toContain("Đang tổng hợp");
    expect(first.stderr).not.toContain("\x1b");
  });

  it("writes every document of each ok bloc into its own folder, and nothing for the broken one", async () => {
    const out = join(dir, "thidua-out");
    expect((await readdir(out)).sort()).toEqual([FOLDER_A, FOLDER_B, "tong-hop.json", "tong-hop.xlsx"]);
    for (const folder of [FOLDER_A, FOLDER_B])
      expect((await readdir(join(out, folder))).sort()).toEqual(DOCUMENTS);
  });

  it("leaves the inputs as they were, with no temporary file anywhere", async () => {
    expect((await readdir(join(dir, "tinh"))).sort()).toEqual([
      "a-khoi-viii.xlsx",
      "b-khoi-viii",
      "c-loi.xlsx",
      "~$a-khoi-viii.xlsx",
    ]);
    const all = await readdir(dir, { recursive: true });
    expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the index: every bloc in input order with its facts, status and errors", async () => {
    const index = JSON.parse(await readFile(join(dir, "thidua-out/tong-hop.json"), "utf8"));
    expect(index.summary).toEqual({ ok: 2, failed: 1 });
    expect(
      index.blocs.map((b: { input: string; status: string; folder: string | null }) => [
        b.input,
        b.status,
        b.folder,
      ]),
    ).toEqual([
      ["tinh/a-khoi-viii.xlsx", "ok", FOLDER_A],
      ["tinh/b-khoi-viii", "ok", FOLDER_B],
      ["tinh/c-loi.xlsx", "failed", null],
    ]);
    const [a, , broken] = index.blocs;
    expect(a).toMatchObject({ name: "Khối thi đua VIII", kind: "khoi", year: 2022, errorCount: 0 });
    expect(a.leader.length).toBeGreaterThan(0);
    expect(a.nextChair).toHaveProperty("code");
    expect(broken.errorCount).toBe(broken.errors.length);
    expect(broken.errorCount).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "thidua-out/tong-hop.xlsx"));
    const sheet = workbook.getWorksheet("Tổng hợp");
    expect(sheet?.getRow(2).getCell(2).text).toBe("Khối thi đua VIII");
    expect(sheet?.getRow(4).getCell(10).text).toBe("Lỗi");
    expect(workbook.getWorksheet("Lỗi")?.rowCount).toBe(broken.errorCount + 1);
  });

  it("refuses to run again without --force, naming the index files, and changes nothing", async () => {
    const before = (await stat(join(dir, "thidua-out/tong-hop.json"))).mtimeMs;
    const again = thidua(dir, ["batch", "tinh"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("thidua-out/tong-hop.json");
    expect(again.stderr).toContain("--force");
    expect((await stat(join(dir, "thidua-out/tong-hop.json"))).mtimeMs).toBe(before);
  });

  it("refuses to overwrite a bloc's existing documents without --force, failing that bloc only", async () => {
    await rm(join(dir, "thidua-out/tong-hop.json"));
    await rm(join(dir, "thidua-out/tong-hop.xlsx"));
    const again = thidua(dir, ["batch", "tinh", "--json"]);
    expect(again.status).toBe(3);
    const json = JSON.parse(again.stdout);
    expect(json.summary).toEqual({ ok: 0, failed: 3 });
    expect(json.blocs[0].errors[0].code).toBe("outputError");
    expect(json.blocs[0].errors[0].message).toContain(join("thidua-out", FOLDER_A, "bang-diem.docx"));
  });

  it("overwrites with --force", () => {
    const forced = thidua(dir, ["batch", "tinh", "--force", "--quiet"]);
    expect(forced.status).toBe(3);
    expect(forced.stdout).toBe("");
    expect(forced.stderr).toContain("c-loi.xlsx");
  });
});

describe("thidua batch --json", () => {
  it("prints one JSON document: each bloc's summarize result or errors, and the counts", async () => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      const run = thidua(root, ["batch", "tinh", "-o", "ket-qua", "--json", "--jobs", "2"]);
      expect(run.status).toBe(3);
      expect(run.stderr).toBe("");
      const json = JSON.parse(run.stdout);
      expect(Object.keys(json)).toEqual(["blocs", "summary"]);
      expect(json.summary).toEqual({ ok: 2, failed: 1 });
      const [a, b, broken] = json.blocs;
      expect(Object.keys(a)).toEqual(["input", "status", "result"]);
      expect(Object.keys(a.result)).toEqual([
        "bloc",
        "units",
        "proposals",
        "ties",
        "rotation",
        "warnings",
        "files",
      ]);
      expect(a.result.bloc).toEqual({ name: "Khối thi đua VIII", kind: "khoi", year: 2022 });
      expect([...a.result.files].sort()).toEqual(DOCUMENTS.map((f) => join("ket-qua", FOLDER_A, f)));
      // The same bloc in two layouts (one workbook; per-unit workbooks): the same standings.
      const standings = (units: { code: string; total: number; rank: number }[]) =>
        units.map((u) => [u.code, u.total, u.rank]);
      expect(standings(b.result.units)).toEqual(standings(a.result.units));
      expect(Object.keys(broken)).toEqual(["input", "status", "errors"]);
      expect(broken).toMatchObject({ input: "tinh/c-loi.xlsx", status: "failed" });
      expect(broken.errors[0]).toHaveProperty("code");
      expect(broken.errors[0].file).toBe("tinh/c-loi.xlsx");
    } finally {
      await done();
    }
  });

  it("matches what summarize --json prints for the same bloc", async () => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await copyFixture("clean-sheet-per-unit.xlsx", join(root, "khoi.xlsx"));
      const batchRun = JSON.parse(thidua(root, ["batch", "khoi.xlsx", "--json"]).stdout);
      const single = JSON.parse(thidua(root, ["summarize", "khoi.xlsx", "--json", "-o", "mot"]).stdout);
      const { files: batchFiles, ...batchResult } = batchRun.blocs[0].result;
      const { files: singleFiles, ...singleResult } = single;
      expect(batchResult).toEqual(singleResult);
      expect(batchFiles.map((f: string) => f.split("/").pop()).sort()).toEqual(
        singleFiles.map((f: string) => f.split("/").pop()).sort(),
      );
    } finally {
      await done();
    }
  });
});

describe("thidua batch usage errors", () => {
  it.each([
    ["no input", ["batch"]],
    ["an input that does not exist", ["batch", "khong-co"]],
    ["a folder with no bloc", ["batch", "rong"]],
    ["a bad --jobs", ["batch", "tinh", "--jobs", "0"]],
    ["an unknown --only document", ["batch", "tinh", "--only", "bao-cao,thu-moi"]],
    ["a --rules file that does not exist", ["batch", "tinh", "--rules", "khong-co.json"]],
  ])("exits 2 on %s, writing nothing", async (_, args) => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      await writeFile(join(root, "ghi-chu.txt"), "");
      await import("node:fs/promises").then((fs) => fs.mkdir(join(root, "rong")));
      const run = thidua(root, args);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(await readdir(root)).not.toContain("thidua-out");
    } finally {
      await done();
    }
  });
});
