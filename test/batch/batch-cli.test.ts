/**
 * `thidua batch` end to end: spawns the built binary (run `npm run build` first; `npm test` does) on a
 * province folder of blocs, some broken, with files that are no bloc; then runs it again as a user
 * does after fixing something or after Ctrl-C.
 */
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, copySample, tempDir, thidua as spawnThidua } from "./batch-helpers.js";

const DOCUMENTS = [
  "bang-diem.docx",
  "bao-cao-tong-ket.docx",
  "bien-ban-hop.docx",
  "ket-qua.json",
  "ket-qua.xlsx",
  "to-trinh-khen-thuong.docx",
];
const FOLDER_A = "khoi-thi-dua-viii-2022";
const FOLDER_B = "khoi-thi-dua-so-2-2021";
/** Batch writes what summarize writes: with the documents, the flag unit's achievement report. */
const WRITTEN: Record<string, string[]> = {
  [FOLDER_A]: [...DOCUMENTS, "bao-cao-thanh-tich-bo-tu-lenh-thanh-pho.docx"].sort(),
  [FOLDER_B]: [...DOCUMENTS, "bao-cao-thanh-tich-dang-uy-tong-cong-ty-dien-luc-mien-nam.docx"].sort(),
};

let dir: string;
let cleanup: () => Promise<void>;

/**
 * Runs the CLI where LibreOffice cannot be found: the province's old .xls fails at once, as on a
 * machine without LibreOffice, instead of starting LibreOffice in every run (the conversion itself
 * is batch-old-formats.test.ts's).
 */
const thidua = (cwd: string, args: readonly string[]) => spawnThidua(cwd, args, { PATH: "" });

/**
 * tinh/: a single-workbook bloc, a bloc folder with per-unit workbooks, a broken bloc, an old .xls,
 * a note, an empty folder and an Excel lock file.
 */
async function makeProvince(root: string): Promise<void> {
  await copyFixture("clean-sheet-per-unit.xlsx", join(root, "tinh/a-khoi-viii.xlsx"));
  await copySample("khoi-14", join(root, "tinh/b-khoi-14"));
  await copyFixture("many-errors.xlsx", join(root, "tinh/c-loi.xlsx"));
  await writeFile(join(root, "tinh/d-cu.xls"), Buffer.from("d0cf11e0a1b11ae1", "hex"));
  await writeFile(join(root, "tinh/ghi-chu.txt"), "không phải bảng tính");
  await mkdir(join(root, "tinh/rong"));
  await writeFile(join(root, "tinh/~$a-khoi-viii.xlsx"), "Excel lock file");
}

type IndexJson = {
  summary: Record<string, number>;
  blocs: {
    input: string;
    status: string;
    folder: string | null;
    name: string | null;
    year: number | null;
    errorCount: number;
    errors: unknown[];
    reason: { code: string } | null;
    leader: string[];
    nextChair: string | null;
    unitNames: Record<string, string>;
  }[];
};
const readIndex = async (root: string): Promise<IndexJson> =>
  JSON.parse(await readFile(join(root, "thidua-out/tong-hop.json"), "utf8")) as IndexJson;
const statuses = (index: IndexJson) => index.blocs.map((b) => [b.input, b.status]);
const mtime = async (path: string) => (await stat(path)).mtimeMs;

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

  it("exits 3 when a bloc failed, with a line per input in input order and the counts", () => {
    expect(first.status, first.stderr).toBe(3);
    const lines = first.stdout.split("\n").filter((l) => l.trim() !== "");
    expect(lines[0]).toMatch(/^xong\s+tinh\/a-khoi-viii\.xlsx → thidua-out\/khoi-thi-dua-viii-2022 /);
    expect(lines[1]).toMatch(/^xong\s+tinh\/b-khoi-14 → thidua-out\/khoi-thi-dua-so-2-2021 /);
    expect(lines[2]).toMatch(/^lỗi\s+tinh\/c-loi\.xlsx: \d+ lỗi$/);
    expect(lines[3]).toMatch(/^lỗi\s+tinh\/d-cu\.xls: \d+ lỗi$/);
    expect(lines[4]).toMatch(/^bỏ qua tinh\/ghi-chu\.txt: không phải bảng tính/);
    expect(lines[5]).toMatch(/^bỏ qua tinh\/rong: thư mục trống/);
    expect(lines[6]).toBe("Đã xử lý 4 khối: 2 xong, 2 lỗi; bỏ qua 2 mục không phải khối.");
    expect(lines[7]).toContain("thidua-out/tong-hop.json");
    expect(first.stderr).toContain("c-loi.xlsx › ");
    expect(first.stdout + first.stderr).not.toContain("~$");
  });

  it("shows no progress bar when stderr is not a terminal", () => {
    expect(first.stderr).not.toContain("Đang tổng hợp");
    expect(first.stderr).not.toContain("\x1b");
  });

  it("writes every document of each ok bloc into its own folder, and nothing for the broken ones", async () => {
    const out = join(dir, "thidua-out");
    expect((await readdir(out)).sort()).toEqual([FOLDER_B, FOLDER_A, "tong-hop.json", "tong-hop.xlsx"]);
    for (const folder of [FOLDER_A, FOLDER_B])
      expect((await readdir(join(out, folder))).sort()).toEqual(WRITTEN[folder]);
  });

  it("leaves the inputs as they were, with no temporary file anywhere", async () => {
    expect((await readdir(join(dir, "tinh"))).sort()).toEqual([
      "a-khoi-viii.xlsx",
      "b-khoi-14",
      "c-loi.xlsx",
      "d-cu.xls",
      "ghi-chu.txt",
      "rong",
      "~$a-khoi-viii.xlsx",
    ]);
    const all = await readdir(dir, { recursive: true });
    expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("indexes every input in input order, naming a failed bloc by what could be read", async () => {
    const index = await readIndex(dir);
    expect(index.summary).toEqual({ ok: 2, existing: 0, failed: 2, skipped: 2 });
    expect(index.blocs.map((b) => [b.input, b.status, b.folder])).toEqual([
      ["tinh/a-khoi-viii.xlsx", "ok", FOLDER_A],
      ["tinh/b-khoi-14", "ok", FOLDER_B],
      ["tinh/c-loi.xlsx", "failed", null],
      ["tinh/d-cu.xls", "failed", null],
      ["tinh/ghi-chu.txt", "skipped", null],
      ["tinh/rong", "skipped", null],
    ]);
    const [a, , broken, old, note] = index.blocs;
    expect(a).toMatchObject({ name: "Khối thi đua VIII", kind: "khoi", year: 2022, errorCount: 0 });
    expect(a?.leader.length).toBeGreaterThan(0);
    // Units by code, as in summarize --json, with their names beside them.
    expect(typeof a?.nextChair).toBe("string");
    expect(a?.unitNames[a.nextChair ?? ""]).toBeTruthy();
    expect(broken).toMatchObject({ name: "Khối thi đua VIII", year: 2022 });
    expect(broken?.errorCount).toBe(broken?.errors.length);
    expect(broken?.errorCount).toBeGreaterThan(0);
    expect(old).toMatchObject({ name: null, year: null });
    expect(note?.reason?.code).toBe("notWorkbook");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "thidua-out/tong-hop.xlsx"));
    const sheet = workbook.getWorksheet("Tổng hợp");
    expect(sheet?.getRow(2).getCell(2).text).toBe("Khối thi đua VIII");
    expect(sheet?.getRow(4).getCell(2).text).toBe("Khối thi đua VIII");
    expect(sheet?.getRow(4).getCell(3).text).toBe("2022");
    expect(sheet?.getRow(4).getCell(10).text).toBe("Lỗi");
    expect(sheet?.getRow(5).getCell(2).text).toBe("d-cu.xls");
    expect(sheet?.getRow(6).getCell(10).text).toBe("Bỏ qua");
    const errorRows = index.blocs.reduce((n, b) => n + b.errorCount, 0);
    expect(workbook.getWorksheet("Lỗi")?.rowCount).toBe(errorRows + 1);
  });

  it("keeps finished blocs as đã có when run again without --force, and the index whole", async () => {
    const report = join(dir, "thidua-out", FOLDER_A, "bao-cao-tong-ket.docx");
    const before = await mtime(report);
    const again = thidua(dir, ["batch", "tinh"]);
    expect(again.status, again.stderr).toBe(3);
    const lines = again.stdout.split("\n");
    expect(lines[0]).toMatch(/^đã có\s+tinh\/a-khoi-viii\.xlsx → thidua-out\/khoi-thi-dua-viii-2022 /);
    expect(lines[1]).toMatch(/^đã có\s+tinh\/b-khoi-14 → /);
    expect(again.stdout).toContain("Đã xử lý 4 khối: 0 xong, 2 đã có, 2 lỗi; bỏ qua 2 mục không phải khối.");
    expect(await mtime(report)).toBe(before);
    const index = await readIndex(dir);
    expect(statuses(index)).toEqual([
      ["tinh/a-khoi-viii.xlsx", "existing"],
      ["tinh/b-khoi-14", "existing"],
      ["tinh/c-loi.xlsx", "failed"],
      ["tinh/d-cu.xls", "failed"],
      ["tinh/ghi-chu.txt", "skipped"],
      ["tinh/rong", "skipped"],
    ]);
    expect(index.blocs[0]).toMatchObject({ name: "Khối thi đua VIII", folder: FOLDER_A });
    expect(index.blocs[0]?.reason?.code).toBe("alreadyDone");
  });

  it("resumes after an interruption: writes what is missing, keeps what is there (--resume says so)", async () => {
    const folder = join(dir, "thidua-out", FOLDER_B);
    await rm(join(folder, "bien-ban-hop.docx"));
    await rm(join(folder, "ket-qua.xlsx"));
    await rm(join(dir, "thidua-out/tong-hop.json"));
    const kept = await mtime(join(folder, "bang-diem.docx"));
    const resumed = thidua(dir, ["batch", "tinh", "--resume"]);
    expect(resumed.status, resumed.stderr).toBe(3);
    expect(resumed.stdout).toMatch(/^đã có\s+tinh\/a-khoi-viii\.xlsx/m);
    expect(resumed.stdout).toMatch(/^xong\s+tinh\/b-khoi-14/m);
    expect((await readdir(folder)).sort()).toEqual(WRITTEN[FOLDER_B]);
    expect(await mtime(join(folder, "bang-diem.docx"))).toBe(kept);
    expect(statuses(await readIndex(dir))).toHaveLength(6);
  });

  it("keeps a document edited by hand, saying it differs and how to write it again", async () => {
    const edited = join(dir, "thidua-out", FOLDER_A, "to-trinh-khen-thuong.docx");
    await appendFile(edited, "sửa tay");
    const bytes = await readFile(edited);
    const again = thidua(dir, ["batch", "tinh", "--json"]);
    const json = JSON.parse(again.stdout) as {
      blocs: { status: string; reason?: { code: string; message: string } }[];
    };
    expect(json.blocs[0]).toMatchObject({ status: "existing", reason: { code: "existingDiffers" } });
    expect(json.blocs[0]?.reason?.message).toContain("to-trinh-khen-thuong.docx");
    expect(await readFile(edited)).toEqual(bytes);
    const words = thidua(dir, ["batch", "tinh"]);
    expect(words.stderr).toContain("dùng --force để ghi lại");
  });

  it("writes every bloc again with --force, and refuses --resume with --force", async () => {
    const forced = thidua(dir, ["batch", "tinh", "--force", "--quiet"]);
    expect(forced.status).toBe(3);
    expect(forced.stdout).toBe("");
    expect(forced.stderr).toContain("c-loi.xlsx");
    expect(statuses(await readIndex(dir)).slice(0, 2)).toEqual([
      ["tinh/a-khoi-viii.xlsx", "ok"],
      ["tinh/b-khoi-14", "ok"],
    ]);
    const both = thidua(dir, ["batch", "tinh", "--force", "--resume"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--resume");
  });

  it("keeps the other blocs in the index when one bloc is run again into the same folder", async () => {
    const one = thidua(dir, ["batch", "tinh/a-khoi-viii.xlsx"]);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain("Đã xử lý 1 khối: 0 xong, 1 đã có, 0 lỗi.");
    const index = await readIndex(dir);
    expect(statuses(index)).toEqual([
      ["tinh/a-khoi-viii.xlsx", "existing"],
      ["tinh/b-khoi-14", "ok"],
      ["tinh/c-loi.xlsx", "failed"],
      ["tinh/d-cu.xls", "failed"],
      ["tinh/ghi-chu.txt", "skipped"],
      ["tinh/rong", "skipped"],
    ]);
  });

  it("writes the index again over an edited one: a field nested thousands deep, or of the wrong type", async () => {
    const path = join(dir, "thidua-out/tong-hop.json");
    const whole = await readFile(path, "utf8");
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    // A field thidua does not know, nested past what JSON.stringify can write back: dropped.
    await writeFile(
      path,
      whole.replace('"input": "tinh/b-khoi-14",', `"input": "tinh/b-khoi-14", "extra": ${deep},`),
    );
    const once = thidua(dir, ["batch", "tinh/a-khoi-viii.xlsx"]);
    expect(once.status, once.stderr).toBe(0);
    expect(statuses(await readIndex(dir))).toHaveLength(6);
    expect(await readFile(path, "utf8")).not.toContain("extra");
    // A known field of the wrong shape: the earlier index is not read; this run's bloc is indexed.
    const at = whole.indexOf('"status"', whole.indexOf('"input": "tinh/b-khoi-14"'));
    await writeFile(
      path,
      `${whole.slice(0, at)}"status": ${deep}, "was"${whole.slice(at + '"status"'.length)}`,
    );
    const twice = thidua(dir, ["batch", "tinh/a-khoi-viii.xlsx"]);
    expect(twice.status, twice.stderr).toBe(0);
    expect(statuses(await readIndex(dir))).toEqual([["tinh/a-khoi-viii.xlsx", "existing"]]);
    await writeFile(path, whole);
  });
});

describe("thidua batch, the same bloc twice", () => {
  it("reports the second copy as a duplicate of the first and writes one folder", async () => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await copyFixture("clean-sheet-per-unit.xlsx", join(root, "tinh/1-khoi-viii.xlsx"));
      await copyFixture("per-unit-workbooks", join(root, "tinh/2-ban-sao"));
      const run = thidua(root, ["batch", "tinh", "--json"]);
      expect(run.status).toBe(3);
      const json = JSON.parse(run.stdout) as {
        blocs: { input: string; status: string; errors?: { code: string; message: string }[] }[];
      };
      expect(json.blocs.map((b) => [b.input, b.status])).toEqual([
        ["tinh/1-khoi-viii.xlsx", "ok"],
        ["tinh/2-ban-sao", "failed"],
      ]);
      const [duplicate] = json.blocs[1]?.errors ?? [];
      expect(duplicate?.code).toBe("duplicateBloc");
      expect(duplicate?.message).toContain("Khối thi đua VIII, năm 2022");
      expect(duplicate?.message).toContain("tinh/1-khoi-viii.xlsx");
      expect(await readdir(join(root, "thidua-out"))).toEqual([FOLDER_A, "tong-hop.json", "tong-hop.xlsx"]);
    } finally {
      await done();
    }
  });
});

describe("thidua batch --json", () => {
  it("prints one JSON document: each input's result, errors or reason, and the counts", async () => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      const run = thidua(root, ["batch", "tinh", "-o", "ket-qua", "--json", "--jobs", "2"]);
      expect(run.status).toBe(3);
      expect(run.stderr).toBe("");
      const json = JSON.parse(run.stdout);
      expect(Object.keys(json)).toEqual(["blocs", "summary"]);
      expect(json.summary).toEqual({ ok: 2, existing: 0, failed: 2, skipped: 2 });
      const [a, , broken, , note] = json.blocs;
      expect(Object.keys(a)).toEqual(["input", "status", "result"]);
      expect(Object.keys(a.result)).toEqual([
        "bloc",
        "units",
        "proposals",
        "ties",
        "rotation",
        "warnings",
        "files",
        "structure",
      ]);
      expect(a.result.bloc).toEqual({ name: "Khối thi đua VIII", kind: "khoi", year: 2022 });
      // Absolute paths (cli.md): a script need not know the working folder.
      expect([...a.result.files].sort()).toEqual(
        (WRITTEN[FOLDER_A] ?? []).map((f) => join(root, "ket-qua", FOLDER_A, f)),
      );
      expect(Object.keys(broken)).toEqual(["input", "status", "errors"]);
      expect(broken).toMatchObject({ input: "tinh/c-loi.xlsx", status: "failed" });
      expect(broken.errors[0]).toHaveProperty("code");
      expect(broken.errors[0].file).toBe("tinh/c-loi.xlsx");
      expect(note).toMatchObject({
        input: "tinh/ghi-chu.txt",
        status: "skipped",
        reason: { code: "notWorkbook" },
      });
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
      // The index says the proposals as summarize does: units by code.
      const index = JSON.parse(await readFile(join(root, "thidua-out/tong-hop.json"), "utf8"));
      expect(index.blocs[0].proposals).toEqual(single.proposals);
    } finally {
      await done();
    }
  });
});

describe("thidua batch, settings every bloc shares", () => {
  /** A province and a --templates folder whose report template is `report`. */
  async function withTemplate(report: string, run: (root: string) => Promise<void>) {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      await mkdir(join(root, "mau"));
      await writeFile(join(root, "mau/bao-cao-tong-ket.hbs"), report);
      await run(root);
    } finally {
      await done();
    }
  }

  it.each([
    ["a template that does not compile", "<document>\n<p>{{#if bloc.name}}x</p>\n</document>\n"],
    ["a template whose output is broken markup", "<document>\n<p>{{bloc.name}}\n</document>\n"],
  ])("stops on %s before writing anything, with the error once (exit 2)", async (_, report) => {
    await withTemplate(report, async (root) => {
      const run = thidua(root, ["batch", "tinh", "--templates", "mau"]);
      expect(run.status, run.stdout).toBe(2);
      expect(run.stderr.match(/bao-cao-tong-ket\.hbs:\d+:\d+/g)).toHaveLength(1);
      expect(await readdir(root)).not.toContain("thidua-out");
      const json = thidua(root, ["batch", "tinh", "--templates", "mau", "--json"]);
      expect(json.status).toBe(2);
      const parsed = JSON.parse(json.stdout) as { errors: { code: string; message: string }[] };
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]?.code).toBe("templateError");
    });
  });

  it("stops on a rules file that is not JSON, saying the line and column, before writing anything", async () => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      await writeFile(join(root, "quy-tac.json"), '{\n  "flag": { "count": 2 }\n  "bonusCap": 5\n}\n');
      const run = thidua(root, ["batch", "tinh", "--rules", "quy-tac.json"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("dòng 2, cột 25");
      expect(run.stderr).toContain("thiếu dấu phẩy");
      expect(await readdir(root)).not.toContain("thidua-out");
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
    ["only files that are no bloc", ["batch", "ghi-chu.txt"]],
    ["a bad --jobs", ["batch", "tinh", "--jobs", "0"]],
    ["an unknown --only document", ["batch", "tinh", "--only", "bao-cao,thu-moi"]],
    ["a --rules file that does not exist", ["batch", "tinh", "--rules", "khong-co.json"]],
    ["a --templates folder that does not exist", ["batch", "tinh", "--templates", "khong-co"]],
  ])("exits 2 on %s, writing nothing", async (_, args) => {
    const { dir: root, cleanup: done } = await tempDir();
    try {
      await makeProvince(root);
      await writeFile(join(root, "ghi-chu.txt"), "");
      await mkdir(join(root, "rong"));
      const run = thidua(root, args);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^Lỗi: /);
      expect(await readdir(root)).not.toContain("thidua-out");
    } finally {
      await done();
    }
  });
});
