import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/read/xml/decode-entities.js";

// One decoder serves the workbook reader and the document templates' markup.
describe("decodeEntities", () => {
  it.each([
    ["XML's five named entities", "&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;", `<a> & "b" 'c'`],
    ["decimal and hexadecimal references", "&#72;&#x1EA1;&#x1ea1;", "Hạạ"],
    ["`&#X…;`, which XML does not allow, as written", "&#X41;", "&#X41;"],
    ["once only: an escaped reference stays a reference", "A &amp;amp; B &amp;#x27;", "A &amp; B &#x27;"],
    ["&nbsp; of a template written as HTML", "a&nbsp;b", "a\u00a0b"],
    ["a declared or unknown entity, as written", "&bomb; &unknown;", "&bomb; &unknown;"],
    ["a name of Object's prototype, as written", "&constructor; &toString;", "&constructor; &toString;"],
    [
      "a reference to a character XML cannot hold, as written",
      "&#0;&#1;&#xFFFE;&#x110000;",
      "&#0;&#1;&#xFFFE;&#x110000;",
    ],
    ["an & that starts no reference", "A & B &; &#;", "A & B &; &#;"],
  ])("%s", (_, text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});
