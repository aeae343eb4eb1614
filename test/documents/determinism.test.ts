import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/render-documents.js";
import { cumFixture, partyFixture } from "../helpers/document-fixture.js";
import { unzip } from "./docx-reader.js";

/** Same input, same output (documents.md): every part of the package is identical between two runs. */
describe("determinism", () => {
  it.each([
    ["a Cụm", cumFixture],
    ["a Party Khối", partyFixture],
  ])("renders %s twice to the same parts, dated by the meeting", async (_name, fixture) => {
    const first = await renderDocuments(fixture().bloc, fixture().result);
    const second = await renderDocuments(fixture().bloc, fixture().result);
    expect(first.map((d) => d.fileName)).toEqual(second.map((d) => d.fileName));
    first.forEach((doc, i) => {
      const a = unzip(doc.data);
      const b = unzip(second[i]?.data ?? Buffer.alloc(0));
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      for (const [path, content] of a)
        expect(b.get(path)?.toString("utf8"), path).toBe(content.toString("utf8"));
      const core = a.get("docProps/core.xml")?.toString("utf8") ?? "";
      const date = fixture().bloc.info.meetingDate;
      const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}T00:00:00Z`;
      expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`);
      expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`);
    });
  });
});
