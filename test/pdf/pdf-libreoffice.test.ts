/**
 * `--pdf` with the real LibreOffice: every document's PDF opens (poppler reads it), holds the bloc's
 * text, and embeds every font it uses, so it prints the same on a machine without Times New Roman. In
 * CI a missing `soffice` fails the test; on a developer's machine without LibreOffice it is skipped.
 */
import { spawnSync } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../batch/batch-helpers.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const needed = hasSoffice || process.env.CI !== undefined;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** pdffonts' table: one row per font, `emb` the fourth column from the right. */
function fonts(pdf: string): { name: string; embedded: boolean }[] {
  const run = spawnSync("pdffonts", [pdf], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return { name: cells[0] ?? "", embedded: cells.at(-5) === "yes" };
    });
}

const text = (pdf: string): string =>
  spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");

describe("summarize --pdf with LibreOffice", () => {
  it.skipIf(!needed)(
    "writes a PDF beside every .docx, with the bloc's text and every font embedded",
    async () => {
      expect(hasSoffice, "soffice (LibreOffice) is required in CI").toBe(true);
      const sample = join(ROOT, "samples", "cum-thi-dua-so-02.xlsx");
      const run = runCli(["summarize", sample, "-o", join(dir, "out"), "--pdf", "--quiet"]);
      expect(run.status, run.stderr).toBe(0);
      const files = await readdir(join(dir, "out"));
      const docx = files.filter((f) => f.endsWith(".docx")).sort();
      // The four documents and the achievement reports of the two units proposed for a flag.
      expect(docx).toHaveLength(6);
      expect(files.filter((f) => f.endsWith(".pdf")).sort()).toEqual(
        docx.map((d) => d.replace(".docx", ".pdf")),
      );
      for (const d of docx) {
        const pdf = join(dir, "out", d.replace(".docx", ".pdf"));
        const used = fonts(pdf);
        expect(used.length, pdf).toBeGreaterThan(0);
        expect(
          used.filter((f) => !f.embedded),
          pdf,
        ).toEqual([]);
        expect(text(pdf).toUpperCase(), pdf).toContain("CỤM THI ĐUA SỐ 02");
      }
      expect(text(join(dir, "out", "bao-cao-tong-ket.pdf"))).toContain(
        "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
      );
    },
    240_000,
  );
});
