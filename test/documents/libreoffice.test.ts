import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture, partyFixture, wideFixture } from "../helpers/document-fixture.js";

/*
 * documents.md: a document is correct when it opens in LibreOffice — headless conversion to PDF
 * succeeds. In CI a missing `soffice` fails the test (the check must not silently vanish); on a
 * developer's machine without LibreOffice it is skipped. A private profile per process keeps
 * parallel runs from fighting over LibreOffice's user installation.
 */
const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const work = mkdtempSync(join(tmpdir(), "thidua-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("LibreOffice opens every document", { tags: ["libreoffice"] }, () => {
  it.skipIf(!hasSoffice && !process.env.CI)(
    "converts all documents of all fixtures to non-empty PDFs",
    async () => {
      expect(hasSoffice, "soffice (LibreOffice) is required in CI").toBe(true);
      const inputs: string[] = [];
      for (const [name, fixture] of [
        ["cum", cumFixture],
        ["party", partyFixture],
        ["wide", wideFixture],
      ] as const) {
        const { bloc, result } = fixture();
        for (const doc of await renderDocuments(bloc, result)) {
          const path = join(work, `${name}-${doc.fileName}`);
          writeFileSync(path, doc.data);
          inputs.push(path);
        }
      }
      const out = join(work, "pdf");
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file:///tmp/lo-profile-${process.pid}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          out,
          ...inputs,
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const pdfs = readdirSync(out).sort();
      expect(pdfs).toEqual(inputs.map((p) => p.slice(work.length + 1).replace(/\.docx$/, ".pdf")).sort());
      for (const pdf of pdfs) expect(statSync(join(out, pdf)).size, pdf).toBeGreaterThan(1000);
    },
    240_000,
  );
});
