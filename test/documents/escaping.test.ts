import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture, MUSTACHE_NAME, TRICKY_NAME } from "../helpers/document-fixture.js";
import { documentText, paragraphs, part } from "./docx-reader.js";

/*
 * Values are escaped (documents.md): a name prints exactly as typed, whatever it holds — XML
 * characters, the markup's own tags, Handlebars syntax or an already-escaped entity.
 */
describe("escaping", () => {
  it("prints names with &, <, > and quotes exactly as typed, in a document that parses", async () => {
    const { bloc, result } = cumFixture();
    // The tricky unit is proposed for nothing: the bloc's four documents name it, the reports do not.
    const docs = await renderDocuments(bloc, result, {
      only: ["bao-cao", "to-trinh", "bien-ban", "bang-diem"],
    });
    for (const doc of docs) {
      const xml = part(doc.data, "word/document.xml");
      const text = documentText(xml);
      expect(text).toContain(TRICKY_NAME);
      // The raw XML holds the entities once: no double escaping, no raw '<' from a value.
      expect(xml).toContain("Công ty A &amp; B &lt;Miền Nam&gt;");
      expect(xml).not.toContain("&amp;amp;");
      expect(xml).not.toContain("&amp;lt;");
    }
  });

  it("never evaluates a value that looks like a template or markup", async () => {
    const { bloc, result } = cumFixture();
    const docs = await renderDocuments(bloc, result, { only: ["bao-cao"] });
    const xml = part(docs[0]?.data ?? Buffer.alloc(0), "word/document.xml");
    expect(paragraphs(xml)).toContain(`5. ${MUSTACHE_NAME}.`);
    expect(documentText(xml)).not.toContain("Cụm thi đua số 02 {{#each");
  });

  it("decodes entities exactly once: a name typed with &amp; keeps it", async () => {
    const { bloc, result } = cumFixture();
    const typed = "Hợp tác xã A &amp; B &#x3C;thử&#x3E; \u0001";
    for (const u of [...bloc.units, ...result.units]) if (u.code === "LHP") u.name = typed;
    const docs = await renderDocuments(bloc, result, { only: ["bao-cao"] });
    const text = documentText(part(docs[0]?.data ?? Buffer.alloc(0), "word/document.xml"));
    expect(text).toContain("Hợp tác xã A &amp; B &#x3C;thử&#x3E; ");
    expect(text).not.toContain("\u0001");
  });
});
