import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startTagReader } from "../../src/read/xml/xml-start-tags.js";
import { scanTags, TAG, type Tag } from "../../src/read/xml/xml-text.js";

/** What the `TAG` pattern finds: the reference the hand-written scanner must agree with. */
function byPattern(xml: string): Tag[] {
  const pattern = new RegExp(TAG.source, "g");
  // Comments, CDATA sections and processing instructions match without a name: skipped, not tags.
  return [...xml.matchAll(pattern)]
    .filter((m) => m[2] !== undefined)
    .map((m) => ({
      name: m[2] ?? "",
      end: m[1] === "/",
      selfClosing: m[4] === "/",
      attributes: m[3] ?? "",
      start: m.index,
      after: m.index + m[0].length,
    }));
}

function byScanner(xml: string): Tag[] {
  const found: Tag[] = [];
  scanTags(xml, (tag) => found.push({ ...tag }));
  return found;
}

const piece = fc.constantFrom(
  "<",
  ">",
  "/",
  "/>",
  "</",
  '"',
  "'",
  ":",
  "a",
  "b:",
  "x:c",
  "_1",
  ".",
  "-",
  " ",
  "=",
  "r",
  "1",
  "<?",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "?>",
  "\n",
  "é",
);

describe("scanTags", () => {
  it("reads the tags of a sheet part", () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="u"><row r="1"><c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1" s="2"/></row><!-- <c r="Z9"> --></x:worksheet>';
    expect(byScanner(xml).map((t) => `${t.end ? "/" : ""}${t.name}${t.selfClosing ? "/" : ""}`)).toEqual([
      "worksheet",
      "row",
      "c",
      "v",
      "/v",
      "/c",
      "c/",
      "/row",
      "/worksheet",
    ]);
  });

  it("skips comments, CDATA sections and processing instructions whole", () => {
    const xml = '<?pi <c r="A1"/>?><t><![CDATA[a <b> c]]></t><!-- <d/> --><e/>';
    expect(byScanner(xml).map((t) => `${t.end ? "/" : ""}${t.name}`)).toEqual(["t", "/t", "e"]);
  });

  it("agrees with the TAG pattern on any text made of XML's characters", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const xml = pieces.join("");
        expect(byScanner(xml)).toEqual(byPattern(xml));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("startTagReader", () => {
  it("finds the start tags the pattern <name finds, with the prefix dropped", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const xml = pieces.join("");
        const text = Buffer.from(xml).toString("latin1");
        // A tag still open at the end is left for the next chunk.
        const lastOpen = text.lastIndexOf("<");
        const cut = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? lastOpen : text.length;
        const expected = [...text.matchAll(/<([A-Za-z_][\w.:-]*)/g)]
          .filter((m) => m.index < cut)
          .map((m) => [(m[1] ?? "").slice((m[1] ?? "").indexOf(":") + 1), m.index]);
        const seen: unknown[] = [];
        startTagReader((name, _source, start) => seen.push([name, start])).push(Buffer.from(xml));
        expect(seen).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
