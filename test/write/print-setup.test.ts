/**
 * `ket-qua.xlsx` and `tong-hop.xlsx` print as a secretary expects (issue 12: they printed across 5–7
 * pages with columns split): A4 landscape, one page wide, the header rows on every page, and the index's
 * filter kept by LibreOffice. The package parts are checked, then LibreOffice prints them to PDF.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndexWorkbook } from "../../src/batch/build-index-workbook.js";
import type { IndexEntry } from "../../src/batch/index-entry.js";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import { buildResultsWorkbook } from "../../src/write/build-results-workbook.js";
import { attributesOf, unzip } from "../documents/docx-reader.js";
import { ROOT } from "../helpers/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "thidua-print-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function khoi14Workbook(): Promise<Buffer> {
  const folder = join(ROOT, "samples/khoi-14");
  const { bloc } = await loadBloc([
    join(folder, "khoi-thi-dua.xlsx"),
    ...readdirSync(join(folder, "don-vi")).map((f) => join(folder, "don-vi", f)),
  ]);
  if (!bloc) throw new Error("the sample does not load");
  const { result } = computeResult(bloc);
  if (!result) throw new Error("the sample does not compute");
  return buildResultsWorkbook(bloc, result);
}

const entry = (i: number, status: IndexEntry["status"]): IndexEntry => ({
  input: `tinh/khoi-${i}.xlsx`,
  status,
  folder: status === "ok" ? `khoi-${i}-2024` : null,
  name: status === "ok" ? `Khối thi đua số ${i}` : null,
  kind: status === "ok" ? "khoi" : null,
  year: status === "ok" ? 2024 : null,
  leader: status === "ok" ? ["A"] : [],
  proposals: status === "ok" ? [{ award: "flag", name: "Cờ thi đua", units: ["A"], decidedBy: "rules" }] : [],
  nextChair: status === "ok" ? "B" : null,
  nextDeputy: status === "ok" ? "C" : null,
  unitNames: status === "ok" ? { A: "Sở Tư pháp", B: "Sở Tài chính", C: "Sở Y tế" } : {},
  errorCount: status === "failed" ? 1 : 0,
  warningCount: 0,
  errors:
    status === "failed"
      ? [{ code: "fileNotFound", message: "không tìm thấy tệp", file: `tinh/khoi-${i}.xlsx` }]
      : [],
  reason: null,
});
const indexWorkbook = () =>
  buildIndexWorkbook(Array.from({ length: 40 }, (_, i) => entry(i + 1, i % 7 === 3 ? "failed" : "ok")));

/** Each sheet's XML and the workbook's defined names. */
function partsOf(xlsx: Buffer) {
  const files = unzip(xlsx);
  const text = (path: string) => files.get(path)?.toString("utf8") ?? "";
  const sheets = [...files.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort();
  return { sheets: sheets.map(text), workbook: text("xl/workbook.xml") };
}

describe("the printing setup of the written workbooks", () => {
  it.each([
    ["ket-qua.xlsx", khoi14Workbook, ["'Xếp hạng'!$1:$3", "'Bảng điểm'!$1:$1", "'Tiêu chí'!$1:$1"]],
    ["tong-hop.xlsx", async () => indexWorkbook(), ["'Tổng hợp'!$1:$1", "'Lỗi'!$1:$1"]],
  ])(
    "%s: every sheet on A4 landscape, one page wide, its header rows on every page",
    async (_, make, titles) => {
      const { sheets, workbook } = partsOf(await make());
      for (const sheet of sheets) {
        expect(attributesOf(sheet, "pageSetUpPr")).toEqual({ fitToPage: "1" });
        expect(attributesOf(sheet, "pageSetup")).toMatchObject({
          paperSize: "9",
          orientation: "landscape",
          fitToWidth: "1",
        });
        expect(["0", "1"]).toContain(attributesOf(sheet, "pageSetup").fitToHeight);
      }
      const printTitles = [
        ...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d)">([^<]*)</g),
      ];
      expect(printTitles.map((m) => [Number(m[1]), m[2]?.replace(/&apos;/g, "'")])).toEqual(
        titles.map((t, i) => [i, t]),
      );
    },
  );

  it("gives the index's filter its _xlnm._FilterDatabase name over the whole table", () => {
    const { sheets, workbook } = partsOf(indexWorkbook());
    expect(attributesOf(sheets[0] ?? "", "autoFilter")).toEqual({ ref: "A1:O41" });
    expect(workbook.replace(/&apos;/g, "'")).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tổng hợp'!$A$1:$O$41</definedName>`,
    );
  });

  it("prints the ranking on one page when it nearly fits, and a long index over as many pages as it needs", async () => {
    const ranking = partsOf(await khoi14Workbook()).sheets[0] ?? "";
    expect(attributesOf(ranking, "pageSetup").fitToHeight).toBe("1");
    const index = partsOf(indexWorkbook()).sheets[0] ?? "";
    expect(attributesOf(index, "pageSetup").fitToHeight).toBe("0");
  });
});

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

describe("printed by LibreOffice", { tags: ["libreoffice"] }, () => {
  it.skipIf(!hasSoffice && !process.env.CI)(
    "gives A4 landscape pages, one page wide, with the header on the next page",
    async () => {
      writeFileSync(join(work, "ket-qua.xlsx"), await khoi14Workbook());
      writeFileSync(join(work, "tong-hop.xlsx"), indexWorkbook());
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file:///tmp/lo-print-${process.pid}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          join(work, "ket-qua.xlsx"),
          join(work, "tong-hop.xlsx"),
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const info = (pdf: string) =>
        spawnSync("pdfinfo", ["-l", "99", join(work, pdf)], { encoding: "utf8" }).stdout;
      const pageText = (pdf: string, page: number) =>
        spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", join(work, pdf), "-"], {
          encoding: "utf8",
        }).stdout;
      for (const pdf of ["ket-qua.pdf", "tong-hop.pdf"]) {
        const sizes = [...info(pdf).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
        expect(sizes.length, pdf).toBeGreaterThan(0);
        // A4 landscape: 842 × 595 points.
        for (const [, w, h] of sizes)
          expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([842, 595]);
      }
      // ket-qua: the ranking (one page), the matrix (one page wide: all 30 criteria and the total on it),
      // the criteria (two pages, the header again on the second).
      const pages = Number(/Pages:\s+(\d+)/.exec(info("ket-qua.pdf"))?.[1]);
      expect(pages).toBe(4);
      expect(pageText("ket-qua.pdf", 1)).toContain("Khối phó năm 2022");
      const matrix = pageText("ket-qua.pdf", 2);
      for (const header of ["1.1", "4.7", "TR", "Tổng", "Hạng"]) expect(matrix).toContain(header);
      expect(pageText("ket-qua.pdf", 4)).toMatch(/Mã\s+Nội dung/);
      // tong-hop: 40 blocs over pages with the header on each; the errors sheet after them.
      const index = Number(/Pages:\s+(\d+)/.exec(info("tong-hop.pdf"))?.[1]);
      expect(index).toBeGreaterThan(2);
      expect(pageText("tong-hop.pdf", 2)).toContain("Khối/Cụm thi đua");
    },
    240_000,
  );
});
