import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportTemplates } from "../../src/commands/templates-export.js";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture } from "../helpers/document-fixture.js";
import { documentText, part } from "./docx-reader.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-export-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("templates export", () => {
  it("copies the documents, the partials and the README", async () => {
    const written = await exportTemplates(dir, { force: false });
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      "README.md",
      "bang-diem.hbs",
      "bao-cao-thanh-tich.hbs",
      "bao-cao-tong-ket.hbs",
      "bien-ban-hop.hbs",
      "partials/header-block.hbs",
      "partials/recipients.hbs",
      "partials/score-table-prev.hbs",
      "partials/score-table.hbs",
      "partials/signature.hbs",
      "to-trinh-khen-thuong.hbs",
    ]);
  });

  it("refuses to overwrite without force, naming the files, and overwrites with it", async () => {
    await exportTemplates(dir, { force: false });
    writeFileSync(join(dir, "bang-diem.hbs"), "changed");
    await expect(exportTemplates(dir, { force: false })).rejects.toMatchObject({
      kind: "output",
      message: expect.stringContaining(join(dir, "bang-diem.hbs")),
    });
    expect(readFileSync(join(dir, "bang-diem.hbs"), "utf8")).toBe("changed");
    await exportTemplates(dir, { force: true });
    expect(readFileSync(join(dir, "bang-diem.hbs"), "utf8")).not.toBe("changed");
  });

  it("lets an exported, edited copy drive the render, falling back per file", async () => {
    await exportTemplates(dir, { force: false });
    const minutes = join(dir, "bien-ban-hop.hbs");
    writeFileSync(
      minutes,
      readFileSync(minutes, "utf8").replace(
        "<heading>I. THỜI GIAN, ĐỊA ĐIỂM</heading>",
        "<heading>I. THỜI GIAN VÀ ĐỊA ĐIỂM HỌP</heading>",
      ),
    );
    const signature = join(dir, "partials", "signature.hbs");
    writeFileSync(
      signature,
      readFileSync(signature, "utf8").replace("<sign-space", "<line italic>(Đã ký)</line>\n  <sign-space"),
    );
    for (const name of ["bao-cao-tong-ket.hbs", "to-trinh-khen-thuong.hbs", "bang-diem.hbs"])
      rmSync(join(dir, name));
    expect(readdirSync(dir)).not.toContain("bao-cao-tong-ket.hbs");

    const { bloc, result } = cumFixture();
    const docs = await renderDocuments(bloc, result, { templatesDir: dir });
    const text = (name: string) =>
      documentText(part(docs.find((d) => d.fileName === name)?.data ?? Buffer.alloc(0), "word/document.xml"));
    expect(text("bien-ban-hop.docx")).toContain("I. THỜI GIAN VÀ ĐỊA ĐIỂM HỌP");
    expect(text("bao-cao-tong-ket.docx")).toContain("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(text("bao-cao-tong-ket.docx")).toContain("(Đã ký)");
  });
});
