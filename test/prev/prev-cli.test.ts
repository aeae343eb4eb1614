/**
 * `--prev`: last year's rank and total beside this year's in the report's table and in ket-qua.xlsx,
 * and a warning when this year's chair or deputy is not the one last year's conference elected
 * (issue 13 item 4). Last year is the sample Cụm thi đua số 02 (2023); this year (2024) is started
 * from it with `init --from` and scored by script, as a secretary would.
 */
import { cp, mkdir } from "node:fs/promises";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { summarize } from "../../src/commands/summarize.js";
import { ThiduaError } from "../../src/errors.js";
import { documentText, part, tables } from "../documents/docx-reader.js";
import { copyFixture } from "../batch/batch-helpers.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { fillSelfScores, readXlsx, replaceExamples, sheetOf, tempDir } from "../init/init-helpers.js";

const CUM_02 = join(ROOT, "samples", "cum-thi-dua-so-02.xlsx");

let dir: string;
let cleanup: () => Promise<void>;
/** This year's workbook, scored; `chair` changes who it names as Cụm trưởng. */
let thisYear: (chair?: string) => Promise<string>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const last = await summarize([CUM_02], { out: join(dir, "ket-qua-2023"), force: false });
  if (!last.ok) throw new Error("the sample does not summarize");
  const [file = ""] = (
    await init({ dir: join(dir, "2024"), from: join(dir, "ket-qua-2023"), perUnit: false, force: false })
  ).files;
  const criteria = last.bloc.criteria.map((c) => ({ ...c, max: c.max / 100 }));
  thisYear = async (chair) => {
    const workbook = await readXlsx(file);
    replaceExamples(workbook);
    // Reversed: the last unit of 2023 scores best in 2024.
    last.bloc.units.forEach((u, i) =>
      fillSelfScores(sheetOf(workbook, u.code), criteria, last.bloc.units.length - 1 - i),
    );
    if (chair !== undefined)
      sheetOf(workbook, "Thông tin").eachRow((row) => {
        if (row.getCell(1).text === "Cụm trưởng") row.getCell(2).value = chair;
      });
    const path = join(dir, "2024", `khoi-${chair ?? "bau"}.xlsx`);
    await workbook.xlsx.writeFile(path);
    return path;
  };
});
afterAll(() => cleanup());

describe("summarize --prev", () => {
  let report: string;
  let ranking: ExcelJS.Worksheet;
  let warnings: string[];
  beforeAll(async () => {
    const outcome = await summarize([await thisYear()], {
      out: join(dir, "ket-qua-2024"),
      prev: join(dir, "ket-qua-2023"),
      force: false,
    });
    if (!outcome.ok) throw new Error("2024 does not summarize");
    warnings = outcome.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code);
    report = part(await readFile(join(dir, "ket-qua-2024", "bao-cao-tong-ket.docx")), "word/document.xml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "ket-qua-2024", "ket-qua.xlsx"));
    ranking = workbook.getWorksheet("Xếp hạng") as ExcelJS.Worksheet;
  });

  it("puts last year's total and rank beside this year's in the report's table", () => {
    const table = tables(report).find((t) => t[0]?.includes("Năm 2023"));
    expect(table, documentText(report)).toBeDefined();
    expect(table?.[0]).toEqual(["STT", "Tên đơn vị", "Năm 2024", "Năm 2023"]);
    // STT and the name span both header rows.
    expect(table?.[1]).toEqual([
      "",
      "",
      "Điểm chuẩn",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Xếp hạng",
      "Xếp loại",
      "Tổng điểm",
      "Xếp hạng",
    ]);
    // 2024's leader was last in 2023 (90,50, rank 5); 2023's leader BQL (99,50) is last now.
    const rows = table?.slice(2) ?? [];
    expect(rows[0]?.slice(0, 2)).toEqual(["1", "Đảng ủy khối các trường Đại học Cao đẳng"]);
    expect(rows[0]?.slice(-2)).toEqual(["90,50", "5"]);
    expect(rows.at(-1)?.[1]).toBe("Ban Quản lý các khu công nghiệp và chế xuất Hà Nội");
    expect(rows.at(-1)?.slice(-2)).toEqual(["99,50", "1"]);
    expect(documentText(report)).toContain("so với năm 2023");
  });

  it("adds last year's total and rank to ket-qua.xlsx's ranking", () => {
    const header = (ranking.getRow(3).values as unknown[]).slice(1);
    expect(header).toContain("Tổng điểm năm 2023");
    expect(header).toContain("Hạng năm 2023");
    const col = header.indexOf("Tổng điểm năm 2023") + 1;
    const bql = [4, 5, 6, 7, 8].map((r) => ranking.getRow(r)).find((r) => r.getCell(2).text === "BQL");
    expect(bql?.getCell(col).value).toBe(99.5);
    expect(bql?.getCell(col + 1).value).toBe(1);
  });

  it("warns nothing when the chair and deputy are the ones elected", () => {
    expect(warnings).not.toContain("leaderNotElected");
  });

  it("warns when this year's chair is not the one elected, on the command line and in --json", async () => {
    const file = await thisYear("BQL");
    const run = runCli([
      "summarize",
      file,
      "-o",
      join(dir, "doi-truong"),
      "--prev",
      join(dir, "ket-qua-2023", "ket-qua.json"),
      "--json",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { warnings: { code: string; message: string }[] };
    const warning = json.warnings.find((w) => w.code === "leaderNotElected");
    expect(warning?.message).toContain("Cụm trưởng năm 2024");
    expect(warning?.message).toContain("Đảng ủy khối các cơ quan Thành phố");
  });

  it.each([
    ["a folder without last year's result", () => join(dir, "2024")],
    ["a result of the wrong year", () => join(dir, "ket-qua-2024")],
  ])("refuses %s (a usage error, exit 2)", async (_, prev) => {
    const error = await summarize([CUM_02], { out: join(dir, "x"), prev: prev(), force: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ThiduaError);
    expect((error as ThiduaError).kind).toBe("usage");
  });
});

describe("batch --prev", () => {
  it("finds each bloc's last year in last year's batch folder, and warns for a bloc without one", async () => {
    const root = join(dir, "batch");
    await mkdir(join(root, "2023"), { recursive: true });
    await cp(CUM_02, join(root, "2023", "cum-02.xlsx"));
    expect(runCli(["batch", "2023", "-o", "out-2023"], { cwd: root }).status).toBe(0);
    await mkdir(join(root, "2024"));
    await cp(await thisYear(), join(root, "2024", "cum-02.xlsx"));
    await copyFixture("clean-sheet-per-unit.xlsx", join(root, "2024", "khoi-viii.xlsx"));
    const run = runCli(["batch", "2024", "-o", "out-2024", "--prev", "out-2023", "--json"], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { blocs: { result: { warnings: { code: string }[] } }[] };
    expect(json.blocs.map((b) => b.result.warnings.map((w) => w.code))).toEqual([[], ["prevNotFound"]]);
    const report = part(
      await readFile(join(root, "out-2024", "cum-thi-dua-so-02-2024", "bao-cao-tong-ket.docx")),
      "word/document.xml",
    );
    expect(tables(report).some((t) => t[0]?.includes("Năm 2023"))).toBe(true);
    // One file cannot be every bloc's last year.
    const file = runCli(
      ["batch", "2024", "-o", "out-x", "--prev", "out-2023/cum-thi-dua-so-02-2023/ket-qua.json"],
      {
        cwd: root,
      },
    );
    expect(file.status).toBe(2);
    expect(file.stderr).toContain("--prev");
  });
});
