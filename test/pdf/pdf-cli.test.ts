/**
 * `--pdf` end to end with a fake `soffice` first on the PATH (fake-soffice.mjs), so the tests see
 * every LibreOffice call and need no LibreOffice: one call for all of a bloc's documents, a private
 * profile per call, the PDFs beside the Word files under the no-overwrite rules, nothing written when
 * LibreOffice fails or is missing. pdf-libreoffice.test.ts converts with the real one.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFixture, copyRenamedBloc, tempDir } from "../batch/batch-helpers.js";
import { runCli } from "../helpers/run-cli.js";
import { docxArgs, fakeSoffice } from "./pdf-helpers.js";

const DOCX = [
  "bang-diem.docx",
  "bao-cao-thanh-tich-bo-tu-lenh-thanh-pho.docx",
  "bao-cao-tong-ket.docx",
  "bien-ban-hop.docx",
  "to-trinh-khen-thuong.docx",
];
const PDF = DOCX.map((d) => d.replace(".docx", ".pdf"));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await copyFixture("clean-sheet-per-unit.xlsx", join(dir, "khoi.xlsx"));
});
afterEach(() => cleanup());

/** Runs thidua in `dir` with only `bin` on the PATH: the fake soffice, or (an empty folder) none. */
const thidua = (bin: string, args: readonly string[]) => runCli(args, { cwd: dir, env: { PATH: bin } });

describe("summarize --pdf", () => {
  it("converts all of the bloc's documents in one LibreOffice call with its own profile, and writes each PDF beside its .docx", async () => {
    const soffice = await fakeSoffice(dir);
    const run = thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const calls = await soffice.calls();
    expect(calls).toHaveLength(1);
    const [call = []] = calls;
    expect(docxArgs(call)).toHaveLength(DOCX.length);
    expect(call).toContain("--headless");
    const profile = call.find((a) => a.startsWith("-env:UserInstallation=file:///"));
    expect(profile, call.join(" ")).toBeDefined();
    // The private folder (profile and copies) is gone once the run is over.
    expect(existsSync(new URL(profile?.slice("-env:UserInstallation=".length) ?? "").pathname)).toBe(false);
    const files = (await readdir(join(dir, "out"))).sort();
    expect(files).toEqual([...DOCX, ...PDF, "ket-qua.json", "ket-qua.xlsx"].sort());
    // Each PDF is its own document's conversion (the fake writes the source's numbered name in it).
    const sources = await Promise.all(PDF.map((p) => readFile(join(dir, "out", p), "latin1")));
    expect(new Set(sources).size).toBe(DOCX.length);
    const result = JSON.parse(run.stdout) as { files: string[] };
    expect(
      result.files.filter((f) => f.endsWith(".pdf")).map((f) => f.slice(f.lastIndexOf("/") + 1)),
    ).toEqual(expect.arrayContaining(PDF));
  });

  it("refuses existing outputs before calling LibreOffice, naming them", async () => {
    const soffice = await fakeSoffice(dir);
    expect(thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf"]).status).toBe(0);
    await rm(join(dir, "out", "bao-cao-tong-ket.docx"));
    const again = thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("bao-cao-tong-ket.pdf");
    expect(again.stderr).toContain("--force");
    expect(await soffice.calls()).toHaveLength(1);
    expect(thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf", "--force"]).status).toBe(0);
    expect(await soffice.calls()).toHaveLength(2);
  });

  it("writes nothing when LibreOffice fails (exit 2)", async () => {
    const soffice = await fakeSoffice(dir, "fail");
    const run = thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("LibreOffice không chuyển được văn bản sang PDF");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("without LibreOffice: a Vietnamese error, exit 2, nothing read or written", async () => {
    const run = thidua(join(dir, "no-bin"), ["summarize", "khoi.xlsx", "-o", "out", "--pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--pdf cần LibreOffice");
    expect(run.stderr).toContain("Chưa ghi tệp nào");
    expect(existsSync(join(dir, "out"))).toBe(false);
    const json = thidua(join(dir, "no-bin"), ["summarize", "khoi.xlsx", "-o", "out", "--pdf", "--json"]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ errors: [{ code: "outputError" }] });
  });

  it("--only ket-qua has no Word document and calls no LibreOffice", async () => {
    const soffice = await fakeSoffice(dir);
    const run = thidua(soffice.bin, ["summarize", "khoi.xlsx", "-o", "out", "--pdf", "--only", "ket-qua"]);
    expect(run.status, run.stderr).toBe(0);
    expect(await soffice.calls()).toHaveLength(0);
    expect((await readdir(join(dir, "out"))).sort()).toEqual(["ket-qua.json", "ket-qua.xlsx"]);
  });
});

describe("batch --pdf", () => {
  beforeEach(async () => {
    await rm(join(dir, "khoi.xlsx"));
    for (const n of [1, 2, 3])
      await copyRenamedBloc(
        "clean-sheet-per-unit.xlsx",
        join(dir, "tinh", `khoi-${n}.xlsx`),
        `Khối thi đua ${n}`,
      );
  });
  const folders = ["khoi-thi-dua-1-2022", "khoi-thi-dua-2-2022", "khoi-thi-dua-3-2022"];

  it("converts many blocs per LibreOffice call, each bloc's documents in one call, and resumes without converting again", async () => {
    const soffice = await fakeSoffice(dir);
    const run = thidua(soffice.bin, ["batch", "tinh", "--pdf", "--jobs", "2"]);
    expect(run.status, run.stderr).toBe(0);
    const calls = await soffice.calls();
    // Fewer calls than blocs are possible; never more, and never one per document.
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls.flatMap(docxArgs)).toHaveLength(3 * DOCX.length);
    for (const call of calls) expect(docxArgs(call).length % DOCX.length).toBe(0);
    for (const folder of folders) {
      const files = (await readdir(join(dir, "thidua-out", folder))).sort();
      expect(files).toEqual([...DOCX, ...PDF, "ket-qua.json", "ket-qua.xlsx"].sort());
    }
    // Again: every bloc is there (a PDF counts as done), LibreOffice is not called.
    const again = thidua(soffice.bin, ["batch", "tinh", "--pdf", "--json"]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).summary).toMatchObject({ ok: 0, existing: 3 });
    expect(await soffice.calls()).toHaveLength(calls.length);
    // A PDF deleted is made again, from its document alone.
    await rm(join(dir, "thidua-out", folders[1] ?? "", "bien-ban-hop.pdf"));
    const third = thidua(soffice.bin, ["batch", "tinh", "--pdf", "--json"]);
    expect(JSON.parse(third.stdout).summary).toMatchObject({ ok: 1, existing: 2 });
    const last = (await soffice.calls()).at(-1) ?? [];
    expect(docxArgs(last)).toHaveLength(1);
    expect(existsSync(join(dir, "thidua-out", folders[1] ?? "", "bien-ban-hop.pdf"))).toBe(true);
  });

  it("adds the PDFs to blocs written earlier without --pdf, their ket-qua.json listing them", async () => {
    const soffice = await fakeSoffice(dir);
    expect(thidua(soffice.bin, ["batch", "tinh"]).status).toBe(0);
    expect(await soffice.calls()).toHaveLength(0);
    const run = thidua(soffice.bin, ["batch", "tinh", "--pdf", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ ok: 3, existing: 0 });
    for (const folder of folders) {
      const files = (await readdir(join(dir, "thidua-out", folder))).sort();
      expect(files).toEqual([...DOCX, ...PDF, "ket-qua.json", "ket-qua.xlsx"].sort());
      const kept = JSON.parse(await readFile(join(dir, "thidua-out", folder, "ket-qua.json"), "utf8")) as {
        files: string[];
      };
      expect(kept.files.filter((f) => f.endsWith(".pdf"))).toHaveLength(DOCX.length);
    }
  });

  it("without LibreOffice: exit 2 before any bloc is read", async () => {
    const run = thidua(join(dir, "no-bin"), ["batch", "tinh", "--pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--pdf cần LibreOffice");
    expect(existsSync(join(dir, "thidua-out"))).toBe(false);
  });

  it("a LibreOffice failure fails the blocs it was converting, not the run", async () => {
    const soffice = await fakeSoffice(dir, "fail");
    const run = thidua(soffice.bin, ["batch", "tinh", "--pdf", "--json"]);
    expect(run.status).toBe(3);
    const json = JSON.parse(run.stdout) as { blocs: { status: string; errors?: { code: string }[] }[] };
    expect(json.blocs.map((b) => b.status)).toEqual(["failed", "failed", "failed"]);
    expect(json.blocs[0]?.errors?.[0]?.code).toBe("outputError");
    for (const folder of folders) expect(existsSync(join(dir, "thidua-out", folder))).toBe(false);
  });
});
