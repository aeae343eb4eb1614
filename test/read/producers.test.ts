/**
 * The producers' test (issue 11): the Cụm 02 sample as exceljs wrote it (samples/), as thidua's own
 * writer, LibreOffice (xlsx, .ods and .xls) and unusual but valid packages write it (UTF-16 parts,
 * part names in upper case, the workbook part elsewhere, dxf number formats, 1904 dates with
 * x15:workbookPr, CDATA, empty-string formula results) must each give exactly the same bloc: totals,
 * ranks, proposals, rotation, meeting date. In CI a missing `soffice` fails the LibreOffice cases.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import type { LoadOptions } from "../../src/pipeline/load-bloc.js";
import { convertOldWorkbooks } from "../../src/read/convert-old-workbooks.js";
import { readWorkbook } from "../../src/read/read-workbook.js";
import { toPoints } from "../../src/model/points.js";
import {
  cdata,
  date1904,
  dxfFormats,
  emptyStringFormulas,
  upperCaseNames,
  utf16,
  vary,
  workbookElsewhere,
} from "./producers/package-variations.js";
import { writeWithThidua } from "./producers/write-with-thidua.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SAMPLE = join(ROOT, "samples/cum-thi-dua-so-02.xlsx");
const EXPECTED = JSON.parse(
  readFileSync(join(ROOT, "samples/data/cum-thi-dua-so-02.expect.json"), "utf8"),
) as {
  units: { code: string; total: number; rank: number }[];
};

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined;
const inCi = process.env.CI !== undefined && process.env.CI !== "";

/** The bloc as the documents see it, every file name left out (each variant has its own). */
async function blocOutcome(file: string, options: LoadOptions = {}) {
  const { bloc, diagnostics } = await loadBloc([file], options);
  const errors = diagnostics.filter((d) => d.severity === "error");
  expect(errors, `${basename(file)} must load`).toEqual([]);
  if (bloc === null) throw new Error(`${file}: no bloc`);
  const computed = computeResult(bloc);
  expect(computed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const withoutFiles = (value: unknown) =>
    JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "file" ? undefined : v))) as unknown;
  return {
    bloc: withoutFiles(bloc),
    result: withoutFiles(computed.result),
    warnings: diagnostics.filter((d) => d.severity === "warning").map((d) => d.code),
    notes: diagnostics.filter((d) => d.severity === "note").map((d) => d.code),
  };
}

let work: string;
let expected: Awaited<ReturnType<typeof blocOutcome>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "thidua-producers-"));
  expected = await blocOutcome(SAMPLE);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the sample as exceljs wrote it", () => {
  it("gives the sample's totals, ranks and meeting date", async () => {
    const { bloc, diagnostics } = await loadBloc([SAMPLE]);
    const result = bloc ? computeResult(bloc).result : null;
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result?.units.map((u) => ({ code: u.code, total: toPoints(u.total), rank: u.rank }))).toEqual(
      EXPECTED.units.map(({ code, total, rank }) => ({ code, total, rank })),
    );
    expect(bloc?.info.meetingDate).toEqual({ year: 2024, month: 1, day: 16 });
  });
});

describe("the same bloc from other writers and packages", () => {
  const variations = {
    "UTF-16 parts": utf16,
    "part names in upper case": upperCaseNames,
    "the workbook part elsewhere": workbookElsewhere,
    "dxf number formats": dxfFormats,
    "the 1904 date system with x15:workbookPr": date1904,
    "CDATA text": cdata,
  };
  for (const [name, variation] of Object.entries(variations)) {
    it(name, async () => {
      const file = join(work, `${name.replace(/\W+/g, "-")}.xlsx`);
      writeFileSync(file, vary(readFileSync(SAMPLE), variation));
      expect(await blocOutcome(file)).toEqual(expected);
    });
  }

  it("empty-string formula results in the units' notes", async () => {
    const read = await readWorkbook(SAMPLE);
    if (read.workbook === null) throw new Error("the sample must read");
    const file = join(work, "empty-string-results.xlsx");
    writeFileSync(file, vary(readFileSync(SAMPLE), emptyStringFormulas(read.workbook)));
    expect(await blocOutcome(file)).toEqual(expected);
  });

  it("thidua's own xlsx writer", async () => {
    const read = await readWorkbook(SAMPLE);
    if (read.workbook === null) throw new Error("the sample must read");
    const file = join(work, "thidua-writer.xlsx");
    writeFileSync(file, writeWithThidua(read.workbook));
    expect(await blocOutcome(file)).toEqual(expected);
  });
});

/** Converts `files` to `format` with LibreOffice into `outDir` (a private profile per call). */
function libreOffice(files: readonly string[], format: string, outDir: string): void {
  const profile = pathToFileURL(join(work, `lo-profile-${format}`)).href;
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.error || run.status !== 0) throw new Error(`soffice failed: ${run.error?.message ?? run.stderr}`);
}

/** Tagged: `npm run test:fast` leaves out what starts LibreOffice. */
const LIBREOFFICE = { tags: ["libreoffice"] };

describe.skipIf(!hasSoffice && !inCi)("the same bloc written by LibreOffice", LIBREOFFICE, () => {
  it("has soffice (required in CI)", () => {
    expect(hasSoffice, "soffice (LibreOffice) is not installed").toBe(true);
  });

  it("saved as .xlsx", { timeout: 240_000 }, async () => {
    const out = join(work, "lo-xlsx");
    libreOffice([SAMPLE], "xlsx", out);
    expect(await blocOutcome(join(out, basename(SAMPLE)))).toEqual(expected);
  });

  it(
    "saved as .ods: converted back in a temporary folder, removed afterwards, with one note",
    {
      timeout: 240_000,
    },
    async () => {
      const out = join(work, "lo-ods");
      libreOffice([SAMPLE], "ods", out);
      const ods = join(out, "cum-thi-dua-so-02.ods");
      const before = readFileSync(ods);
      // A private temporary folder for this load, to see that the conversion leaves nothing in it.
      const temporary = join(work, "tmp-ods");
      const saved = process.env.TMPDIR;
      process.env.TMPDIR = temporary;
      try {
        await import("node:fs/promises").then((fs) => fs.mkdir(temporary));
        const outcome = await blocOutcome(ods);
        expect(outcome).toEqual({ ...expected, notes: ["convertedOldFormat", ...expected.notes] });
        expect(readdirSync(temporary)).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved;
      }
      expect(readFileSync(ods).equals(before), "the original is never written").toBe(true);
      expect(readdirSync(out)).toEqual(["cum-thi-dua-so-02.ods"]);
    },
  );

  it(
    "saved as .xls: one conversion for several files, messages naming the .xls",
    { timeout: 240_000 },
    async () => {
      const out = join(work, "lo-xls");
      // The same bloc with a rotation method no one knows: an error to be named in the .xls.
      const broken = join(work, "luan-phien-sai.xlsx");
      writeFileSync(
        broken,
        vary(readFileSync(SAMPLE), (parts) =>
          parts.map((p) =>
            p.name === "xl/sharedStrings.xml"
              ? { ...p, data: String(p.data).replace(">vòng tròn<", ">vòng vuông<") }
              : p,
          ),
        ),
      );
      libreOffice([SAMPLE, broken], "xls", out);
      const xls = join(out, "cum-thi-dua-so-02.xls");
      const brokenXls = join(out, "luan-phien-sai.xls");
      const conversion = await convertOldWorkbooks([xls, SAMPLE, brokenXls]);
      try {
        expect(conversion.diagnostics).toEqual([]);
        expect([...conversion.converted.keys()]).toEqual([xls, brokenXls]);
        for (const copy of conversion.converted.values()) expect(copy.startsWith(tmpdir())).toBe(true);
        const outcome = await blocOutcome(xls, { converted: conversion.converted });
        expect(outcome).toEqual({ ...expected, notes: ["convertedOldFormat", ...expected.notes] });
        const { diagnostics } = await loadBloc([brokenXls], { converted: conversion.converted });
        expect(diagnostics.find((d) => d.severity === "error")?.location).toMatchObject({
          file: brokenXls,
          sheet: "Thông tin",
        });
      } finally {
        await conversion.cleanup();
      }
      for (const copy of conversion.converted.values()) expect(existsSync(copy)).toBe(false);
    },
  );
});

describe("old formats without LibreOffice", () => {
  it("refuses each .xls and .ods with one message saying how to install it, converting nothing", async () => {
    const files = ["bang-cu.xls", "bang-tinh.ods"].map((f) => join(ROOT, "test/hostile/files", f));
    const saved = process.env.PATH;
    process.env.PATH = "";
    try {
      const conversion = await convertOldWorkbooks([...files, SAMPLE]);
      expect(conversion.converted.size).toBe(0);
      expect(conversion.diagnostics.map((d) => [d.code, d.severity, d.location.file])).toEqual(
        files.map((f) => ["needsLibreOffice", "error", f]),
      );
      const { bloc, diagnostics } = await loadBloc([files[0] ?? ""]);
      expect(bloc).toBeNull();
      expect(diagnostics.map((d) => d.code)).toEqual(["needsLibreOffice"]);
    } finally {
      process.env.PATH = saved;
    }
  });
});
