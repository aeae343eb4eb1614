/**
 * `thidua init <dir> --from <last year>`: next year's workbook continues this year's (issue 13 item 3).
 * Last year is the sample Cụm thi đua số 02 (2023, chair BQL, deputy DUK-CQ; the conference elected
 * DUK-CQ and LHP for 2024) and the sample Khối thi đua số 2 (2021, per-unit workbooks, Party format,
 * rules of its own). The new workbook must carry the units, criteria and rules, name the elected
 * chair and deputy, mark only what nobody knows yet, and validate once the scores and date are in.
 */
import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { init } from "../../src/commands/init.js";
import { summarize } from "../../src/commands/summarize.js";
import { validate } from "../../src/commands/validate.js";
import { ThiduaError } from "../../src/errors.js";
import type { InitCriterion } from "../../src/init/init-content.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import type { Bloc } from "../../src/model/bloc.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { fillSelfScores, readXlsx, replaceExamples, rowTexts, sheetOf, tempDir } from "./init-helpers.js";

const CUM_02 = join(ROOT, "samples", "cum-thi-dua-so-02.xlsx");
const KHOI_14 = join(ROOT, "samples", "khoi-14");

let dir: string;
let cleanup: () => Promise<void>;
let last: Bloc;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const outcome = await summarize([CUM_02], { out: join(dir, "ket-qua-2023"), force: false });
  if (!outcome.ok) throw new Error("the sample does not summarize");
  last = outcome.bloc;
});
afterAll(() => cleanup());

/** Every cell of the workbook still marked as the example's, as `sheet!cell`. */
async function markedCells(file: string): Promise<string[]> {
  const workbook = await readXlsx(file);
  const marked: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.text.includes("(ví dụ)")) marked.push(`${sheet.name}!${cell.address}`);
      }),
    );
  return marked;
}

/** The value of a `Thông tin` key as text ("" for an empty cell, `dd/mm/yyyy` for a date). */
async function infoValues(file: string): Promise<Record<string, string>> {
  const sheet = sheetOf(await readXlsx(file), "Thông tin");
  const values: Record<string, string> = {};
  sheet.eachRow((row) => {
    const value = row.getCell(2).value;
    values[row.getCell(1).text] =
      value instanceof Date
        ? value.toISOString().slice(0, 10).split("-").reverse().join("/")
        : row.getCell(2).text;
  });
  return values;
}

/** A workbook's parts, by name: equal for equal content, whatever the zip's timestamps. */
async function parts(file: string | undefined): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(file ?? ""));
  const texts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) texts[name] = await entry.async("string");
  return texts;
}

const criteriaOf = (bloc: Bloc): InitCriterion[] =>
  bloc.criteria.map((c) => ({
    code: c.code,
    content: c.content,
    max: c.max / 100,
    type: c.type,
    group: c.group,
  }));

describe("init --from last year's output folder", () => {
  let file: string;
  let notes: string[];
  beforeAll(async () => {
    const made = await init({
      dir: join(dir, "2024"),
      from: join(dir, "ket-qua-2023"),
      perUnit: false,
      force: false,
    });
    file = made.files[0] ?? "";
    notes = made.notes;
    expect(made.warnings).toEqual([]);
  });

  it("writes the next year with the chair and deputy last year's conference elected", async () => {
    const info = await infoValues(file);
    expect(info).toMatchObject({
      "Tên khối": "Cụm thi đua số 02",
      Loại: "Cụm",
      Năm: "2024",
      "Cấp trên": last.info.council,
      "Cấp khen": last.info.authority,
      "Địa danh": "Hà Nội",
      "Cụm trưởng": "DUK-CQ",
      "Cụm phó": "LHP",
      "Luân phiên": "vòng tròn",
      "Thể thức": "hành chính",
    });
    // They go with the chair unit, which changed: left to fill in, not last year's.
    expect(info["Địa điểm"]).toBe("");
    expect(info["Người ký"]).toBe("");
    expect(notes.join("\n")).toContain("Cụm trưởng: Đảng ủy khối các cơ quan Thành phố");
    expect(notes.join("\n")).toContain("Ngày họp");
  });

  it("marks only the meeting date as unknown", async () => {
    expect(await markedCells(file)).toEqual(["Thông tin!B7"]);
    expect((await infoValues(file))["Ngày họp"]).toBe("(ví dụ) 16/01/2025");
  });

  it("keeps the units in order with their rotation marks, with votes, ratings and scores empty", async () => {
    const units = sheetOf(await readXlsx(file), "Đơn vị");
    last.units.forEach((u, i) => {
      const cells = rowTexts(units, i + 2);
      expect(cells.slice(1, 5)).toEqual([
        u.code,
        u.name,
        u.rotationOrder === null ? "" : String(u.rotationOrder),
        u.noRotation ? "x" : "",
      ]);
      expect(cells.slice(5).every((c) => c === "")).toBe(true);
    });
    expect(rowTexts(units, last.units.length + 2).every((c) => c === "")).toBe(true);
  });

  it("reads back, once scored and dated, as the same units, criteria and rules in the next year", async () => {
    const workbook = await readXlsx(file);
    replaceExamples(workbook);
    last.units.forEach((u, i) => fillSelfScores(sheetOf(workbook, u.code), criteriaOf(last), i));
    const filled = join(dir, "2024", "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    const { bloc, diagnostics } = await loadBloc([filled]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(bloc?.info).toMatchObject({ year: 2024, chair: "DUK-CQ", deputy: "LHP", rotation: "round-robin" });
    expect(bloc?.units.map((u) => [u.code, u.name, u.rotationOrder, u.noRotation])).toEqual(
      last.units.map((u) => [u.code, u.name, u.rotationOrder, u.noRotation]),
    );
    expect(bloc?.criteria.map((c) => [c.code, c.content, c.max, c.type, c.group])).toEqual(
      last.criteria.map((c) => [c.code, c.content, c.max, c.type, c.group]),
    );
    expect(bloc?.rules).toEqual(last.rules);
    expect(bloc?.plan).toBeNull();
  });

  it("is the same workbook from last year's bloc workbook, or from its ket-qua.json", async () => {
    const fromJson = await init({
      dir: join(dir, "2024-json"),
      from: join(dir, "ket-qua-2023", "ket-qua.json"),
      perUnit: false,
      force: false,
    });
    const fromWorkbook = await init({
      dir: join(dir, "2024-xlsx"),
      from: CUM_02,
      perUnit: false,
      force: false,
    });
    expect(await parts(fromJson.files[0])).toEqual(await parts(file));
    expect(await parts(fromWorkbook.files[0])).toEqual(await parts(file));
  });

  it("takes the facts given on the command line over last year's", async () => {
    const made = await init({
      dir: join(dir, "2024-facts"),
      from: join(dir, "ket-qua-2023"),
      perUnit: false,
      force: false,
      facts: { date: "15/01/2025", venue: "Đảng ủy khối các cơ quan Thành phố", signer: "Nguyễn Văn A" },
    });
    expect(await markedCells(made.files[0] ?? "")).toEqual([]);
    expect(await infoValues(made.files[0] ?? "")).toMatchObject({
      "Ngày họp": "15/01/2025",
      "Người ký": "Nguyễn Văn A",
    });
  });
});

describe("init --from carries every rule through the Quy tắc sheet", () => {
  it("legal bases on several rows, award names, a bonus cap, tie-breakers on a criterion", async () => {
    const json = JSON.parse(await readFile(join(dir, "ket-qua-2023", "ket-qua.json"), "utf8")) as {
      structure: { rules: Record<string, unknown> };
    };
    json.structure.rules = {
      ...json.structure.rules,
      tieBreakers: ["criterion:1.2", "deduction", "votes"],
      bonusCap: 2.5,
      certificate: { count: 3, minPercent: 80.5 },
      voteThreshold: 0.6,
      awards: {
        flag: { name: "Cờ thi đua của Thành phố" },
        certificate: { name: "Bằng khen của Thành phố" },
      },
      legalBases: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Quy chế hoạt động của Cụm thi đua số 02"],
    };
    const custom = join(dir, "custom.json");
    await writeFile(custom, JSON.stringify(json));
    const [file = ""] = (
      await init({ dir: join(dir, "rules-2024"), from: custom, perUnit: false, force: false })
    ).files;
    const workbook = await readXlsx(file);
    replaceExamples(workbook);
    last.units.forEach((u, i) => fillSelfScores(sheetOf(workbook, u.code), criteriaOf(last), i));
    await workbook.xlsx.writeFile(file);
    const { bloc, diagnostics } = await loadBloc([file]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(bloc?.rules).toEqual({
      ...last.rules,
      tieBreakers: [{ kind: "criterion", code: "1.2" }, { kind: "deduction" }, { kind: "votes" }],
      bonusCap: 250,
      certificate: { count: 3, minPercent: 80.5, name: "Bằng khen của Thành phố" },
      flag: { ...last.rules.flag, name: "Cờ thi đua của Thành phố" },
      voteThreshold: 0.6,
      legalBases: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Quy chế hoạt động của Cụm thi đua số 02"],
    });
  });
});

describe("init --from last year's bloc folder (per-unit workbooks, Party format, rules of its own)", () => {
  it("writes next year's forms, which, filled by the units, validate (exit 0)", async () => {
    const lastYear = await validate([KHOI_14], {});
    if (!lastYear.ok) throw new Error("the sample does not summarize");
    const made = await init({ dir: join(dir, "k14-2022"), from: KHOI_14, perUnit: true, force: false });
    const [blocFile = "", ...unitFiles] = made.files;
    expect(unitFiles).toHaveLength(14);
    expect(await infoValues(blocFile)).toMatchObject({
      Năm: "2022",
      "Thể thức": "Đảng",
      "Khối trưởng": "EVNHCMC",
      "Khối phó": "PTC4",
    });
    const rules = sheetOf(await readXlsx(blocFile), "Quy tắc");
    const ruleTexts = Object.fromEntries(
      Array.from({ length: rules.rowCount }, (_, i) => [
        rules.getRow(i + 1).getCell(1).text,
        rules.getRow(i + 1).getCell(2).text,
      ]),
    );
    expect(ruleTexts).toMatchObject({ "Tiêu chí phụ": "điểm trừ, tỷ lệ nữ", "Số Bằng khen": "5" });

    const blocWorkbook = await readXlsx(blocFile);
    replaceExamples(blocWorkbook);
    await blocWorkbook.xlsx.writeFile(blocFile);
    const criteria = criteriaOf(lastYear.bloc);
    for (const [i, unitFile] of unitFiles.entries()) {
      const workbook = await readXlsx(unitFile);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(`${unitFile} has no sheet`);
      // The form is for the new year.
      expect(sheet.getCell("A1").text + sheet.getCell("A2").text).toContain("2022");
      fillSelfScores(sheet, criteria, i);
      await workbook.xlsx.writeFile(unitFile);
    }
    const run = runCli(["validate", join(dir, "k14-2022")]);
    expect(run.stdout.split("\n").at(-2), run.stdout).toMatch(/^Đạt/);
    expect(run.status, run.stdout).toBe(0);
    const next = await loadBloc([blocFile, ...unitFiles]);
    expect(next.bloc?.rules).toEqual(lastYear.bloc.rules);
    expect(next.bloc?.info.format).toBe("party");
  });
});

describe("init --from refuses what cannot start a year", () => {
  it.each([
    [
      "a workbook with errors (exit 1, its errors listed)",
      join(ROOT, "test/fixtures/many-errors.xlsx"),
      "input",
    ],
    ["a path that does not exist", join(ROOT, "khong-co"), "usage"],
    ["a JSON file that is no result of thidua", join(ROOT, "package.json"), "usage"],
  ])("%s", async (_, from, kind) => {
    const error = await init({ dir: join(dir, "refused"), from, perUnit: false, force: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ThiduaError);
    expect((error as ThiduaError).kind).toBe(kind);
    if (kind === "input") expect((error as ThiduaError).diagnostics.length).toBeGreaterThan(0);
  });

  it("last year's ket-qua.json with a rule nested 100 000 deep (JSON.parse takes it; the checks after would not)", async () => {
    const kept = await readFile(join(dir, "ket-qua-2023", "ket-qua.json"), "utf8");
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const from = join(dir, "deep-ket-qua.json");
    await writeFile(from, kept.replace('"rules": {', `"rules": {"flag": ${deep}, `));
    const error = await init({ dir: join(dir, "refused"), from, perUnit: false, force: false }).catch(
      (e: unknown) => e,
    );
    expect((error as ThiduaError).kind).toBe("usage");
    expect((error as ThiduaError).message).toContain("JSON lồng nhau quá sâu");
  });

  it("with --units or --criteria", async () => {
    const error = await init({
      dir: join(dir, "refused"),
      from: join(dir, "ket-qua-2023"),
      unitsFile: join(ROOT, "samples", "don-vi.txt"),
      perUnit: false,
      force: false,
    }).catch((e: unknown) => e);
    expect((error as ThiduaError).kind).toBe("usage");
  });
});

describe("thidua init --from (the command)", () => {
  it("says what it carried over and what is left, then the filled workbook validates", async () => {
    const run = runCli(["init", join(dir, "cli-2024"), "--from", join(dir, "ket-qua-2023")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Năm 2024 tiếp nối năm 2023: 5 đơn vị");
    expect(run.stdout).toContain("khoi-thi-dua.xlsx");
    const file = join(dir, "cli-2024", "khoi-thi-dua.xlsx");
    const workbook = await readXlsx(file);
    replaceExamples(workbook);
    last.units.forEach((u, i) => fillSelfScores(sheetOf(workbook, u.code), criteriaOf(last), i));
    await workbook.xlsx.writeFile(file);
    const validated = runCli(["validate", file]);
    expect(validated.status, validated.stdout).toBe(0);
  });
});
