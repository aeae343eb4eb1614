import { describe, expect, it } from "vitest";
import { buildDocumentStructure } from "../../src/render/markup/build-document-structure.js";
import type { Block, Inline } from "../../src/render/markup/document-structure.js";
import { parseMarkup } from "../../src/render/markup/parse-markup.js";
import { encodeMarker } from "../../src/render/markup/source-markers.js";
import { columnMinimums, columnWidths } from "../../src/render/layout/column-widths.js";
import { mm } from "../../src/render/layout/page-format.js";
import { resolveOrientation } from "../../src/render/layout/resolve-orientation.js";

const FILES = ["t.hbs"];

const structure = (markup: string) => buildDocumentStructure(parseMarkup(markup, FILES));
const only = (markup: string): Block => {
  const [block] = structure(`<document>${markup}</document>`).blocks;
  if (!block) throw new Error("no block");
  return block;
};
const texts = (runs: Inline[]) => runs.map((r) => (r.kind === "text" ? r.text : "\n"));

describe("the document markup", () => {
  it("collapses template line breaks and trims line ends, keeping typed spaces", () => {
    const block = only("<p>\n    Số:     /BC-KTĐ\n    <b>đậm</b>\n    nghiêng<br/>  dòng 2  </p>");
    expect(block.kind === "paragraph" && texts(block.runs)).toEqual([
      "Số:     /BC-KTĐ ",
      "đậm",
      " nghiêng",
      "\n",
      "dòng 2",
    ]);
  });

  it("decodes character references once and keeps a lone &", () => {
    const block = only("<p>A &amp;amp; B &lt;C&gt; &#x27;D&#x27; &quot;E&quot; F & G &unknown;</p>");
    expect(block.kind === "paragraph" && texts(block.runs)).toEqual([
      `A &amp; B <C> 'D' "E" F & G &unknown;`,
    ]);
  });

  it("nests emphasis", () => {
    const block = only("<p><b>a <i>b</i></b> <mark>c</mark></p>");
    expect(block.kind === "paragraph" && block.runs).toEqual([
      { kind: "text", text: "a ", bold: true, italic: false, underline: false, highlight: false },
      { kind: "text", text: "b", bold: true, italic: true, underline: false, highlight: false },
      { kind: "text", text: " ", bold: false, italic: false, underline: false, highlight: false },
      { kind: "text", text: "c", bold: false, italic: false, underline: false, highlight: true },
    ]);
  });

  it("reads attributes with defaults", () => {
    const block = only('<p align="center" bold size="13.5" keep-next>x</p>');
    expect(block.kind === "paragraph" && block.attributes).toEqual({
      align: "center",
      bold: true,
      italic: false,
      size: 13.5,
      "keep-next": true,
    });
  });

  it("accepts colspan and rowspan that fill the grid", () => {
    const block = only(
      '<table><col width="1"/><col width="1"/><col width="1"/>' +
        '<tr header><td rowspan="2">a</td><td colspan="2">b</td></tr><tr header><td>c</td><td>d</td></tr>' +
        "<tr><td>1</td><td>2</td><td>3</td></tr></table>",
    );
    expect(block.kind === "table" && block.rows.map((r) => r.cells.length)).toEqual([2, 2, 3]);
  });

  it.each([
    [
      '<table><col width="1"/><tr><td>a</td><td>b</td></tr></table>',
      "<tr> has more cells than the table's 1 columns",
    ],
    [
      '<table><col width="1"/><col width="1"/><tr><td rowspan="3">a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      "a rowspan reaches past the last row",
    ],
    [
      '<table><col width="1"/><tr><td>a</td></tr><tr header><td>b</td></tr></table>',
      "<tr header> rows must come first",
    ],
    ["<table><tr><td>a</td></tr></table>", "<table> needs its <col/> elements"],
    ["<header-block><row><cell><line>a</line></cell></row></header-block>", "needs exactly two <cell>"],
    ["<signature-block><signature/><signature/><signature/></signature-block>", "one or two columns"],
    ["<p><td>x</td></p>", "<td> is not allowed inside <p>"],
    ['<col width="1"/>', "<col> is not allowed inside <document>"],
  ])("refuses %s", (markup, message) => {
    expect(() => structure(`<document>${markup}</document>`)).toThrow(message);
  });

  it("points errors at the template position given by the source markers", () => {
    const markup = `${encodeMarker(0, 1, 1)}<document>\n${encodeMarker(0, 7, 3)}<para>x${encodeMarker(0, 7, 10)}</para>${encodeMarker(0, 8, 1)}</document>`;
    expect(() => structure(markup)).toThrow(/^t\.hbs:7:3: <para> is not allowed/);
  });

  it("needs exactly one <document>", () => {
    expect(() => structure("<p>x</p>")).toThrow("exactly one <document>");
    expect(() => structure("")).toThrow("no <document>");
  });
});

describe("layout", () => {
  const table = (columns: Array<{ width: number; min?: number | "auto" }>, cells: string[] = []) => ({
    kind: "table" as const,
    size: 12,
    columns,
    rows: [
      {
        header: false,
        bold: false,
        cells: cells.map((text) => ({
          align: "left" as const,
          valign: "center" as const,
          colspan: 1,
          rowspan: 1,
          bold: false,
          italic: false,
          vertical: false,
          runs: [
            { kind: "text" as const, text, bold: false, italic: false, underline: false, highlight: false },
          ],
        })),
      },
    ],
  });

  it("shares the width by weight, keeping minimums", () => {
    expect(columnWidths(table([{ width: 1 }, { width: 3 }]), 4000)).toEqual([1000, 3000]);
    const widths = columnWidths(table([{ width: 1, min: 20 }, { width: 9 }]), 5669); // 20 mm = 1134 twips
    expect(widths[0]).toBe(1134);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(5669);
  });

  it("measures min=auto from the column's widest word", () => {
    const [narrow, wide] = columnMinimums(
      table(
        [
          { width: 1, min: "auto" },
          { width: 1, min: "auto" },
        ],
        ["9,50", "100,00 điểm"],
      ),
    );
    expect(narrow).toBeLessThan(wide ?? 0);
    expect(wide).toBeGreaterThan(mm(11)); // "100,00" at 12 pt is about 11.6 mm
    expect(wide).toBeLessThan(mm(14));
  });

  it("turns landscape only when a table's minimum widths exceed portrait", () => {
    const table = (mins: number[]) => ({
      orientation: "auto" as const,
      blocks: [
        { kind: "table" as const, size: 12, columns: mins.map((min) => ({ width: 1, min })), rows: [] },
      ],
    });
    expect(resolveOrientation(table([60, 60]))).toBe("portrait");
    expect(resolveOrientation(table([60, 60, 60]))).toBe("landscape");
  });
});
