import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import { toPoints } from "../../src/model/points.js";
import { readWorkbook } from "../../src/read/read-workbook.js";
import { buildResultsWorkbook } from "../../src/write/build-results-workbook.js";
import { ROOT } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "thidua-ketqua-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sampleResults() {
  const { bloc } = await loadBloc([join(ROOT, "samples/cum-thi-dua-so-02.xlsx")]);
  if (!bloc) throw new Error("sample does not load");
  const { result } = computeResult(bloc);
  if (!result) throw new Error("sample does not compute");
  const file = join(dir, "ket-qua.xlsx");
  writeFileSync(file, buildResultsWorkbook(bloc, result));
  return { bloc, result, file };
}

describe("ket-qua.xlsx", () => {
  it("opens in exceljs with the ranking, the matrix and the criteria", async () => {
    const { result, file } = await sampleResults();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Xếp hạng", "Bảng điểm", "Tiêu chí"]);
    const ranking = workbook.getWorksheet("Xếp hạng");
    result.units.forEach((u, i) => {
      const row = ranking?.getRow(4 + i);
      expect(row?.getCell(1).value).toBe(u.rank);
      expect(row?.getCell(2).value).toBe(u.code);
      expect(row?.getCell(7).value).toBe(toPoints(u.total));
    });
    expect(ranking?.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("holds a Bảng điểm sheet the reader reads back as the matrix layout", async () => {
    const { bloc, result, file } = await sampleResults();
    const read = await readWorkbook(file);
    expect(read.diagnostics).toEqual([]);
    const matrix = read.workbook?.sheets.find((s) => s.name === "Bảng điểm");
    const header = matrix?.rows[0]?.map((c) => (c.kind === "text" ? c.value : ""));
    expect(header?.slice(2, 2 + bloc.criteria.length)).toEqual(bloc.criteria.map((c) => c.code));
    const firstUnit = matrix?.rows[1];
    expect(firstUnit?.[0]).toEqual({ kind: "text", value: result.units[0]?.code });
  });

  it("is byte-identical from run to run", async () => {
    const { bloc, result } = await sampleResults();
    expect(buildResultsWorkbook(bloc, result).equals(buildResultsWorkbook(bloc, result))).toBe(true);
  });
});
