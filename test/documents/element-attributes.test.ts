import { describe, expect, it } from "vitest";
import { ELEMENT_ATTRIBUTES } from "../../src/render/markup/element-attributes.js";

/*
 * The attributes of the document markup (templates/README.md): what each element gets with none,
 * what each value reads as, and the message of a wrong one, which the template error prints after
 * the element's name and template position.
 */

type Element = keyof typeof ELEMENT_ATTRIBUTES;
const read = (element: Element, attributes: Record<string, string>) =>
  ELEMENT_ATTRIBUTES[element](attributes);

describe("element attributes", () => {
  it.each<[Element, unknown]>([
    ["none", {}],
    ["document", { orientation: "portrait" }],
    ["heading", { level: 1 }],
    ["p", { align: "justify", bold: false, italic: false, "keep-next": false }],
    ["table", { size: 13 }],
    ["tr", { header: false, bold: false }],
    [
      "td",
      {
        align: "left",
        valign: "center",
        colspan: 1,
        rowspan: 1,
        bold: false,
        italic: false,
        vertical: false,
      },
    ],
    ["header-block", { widths: [40, 60] }],
    ["line", { align: "center", bold: false, italic: false, rule: "none" }],
    ["recipients", { title: "Nơi nhận:" }],
    ["sign-space", { lines: 4 }],
  ])("<%s> with no attributes gets its defaults", (element, expected) => {
    const result = read(element, {});
    expect(result).toEqual({ ok: true, value: expected });
    // Same keys in the same order, so the structure serialises the same.
    expect(result.ok && JSON.stringify(result.value)).toBe(JSON.stringify(expected));
  });

  it.each<[Element, Record<string, string>, unknown]>([
    [
      "p",
      { align: "center", bold: "", size: "13.5", "keep-next": "true", indent: "none" },
      {
        align: "center",
        indent: "none",
        bold: true,
        italic: false,
        size: 13.5,
        "keep-next": true,
      },
    ],
    ["heading", { level: "3" }, { level: 3 }],
    ["col", { width: "5", min: "auto" }, { width: 5, min: "auto" }],
    ["col", { width: "2.5", min: "12" }, { width: 2.5, min: 12 }],
    ["col", { width: "50" }, { width: 50 }],
    [
      "td",
      { colspan: "200", rowspan: "1000", vertical: "false", valign: "top" },
      {
        align: "left",
        valign: "top",
        colspan: 200,
        rowspan: 1000,
        bold: false,
        italic: false,
        vertical: false,
      },
    ],
    ["header-block", { widths: " 38 , 62 " }, { widths: [38, 62] }],
    [
      "line",
      { size: "6", rule: "short" },
      { align: "center", bold: false, italic: false, size: 6, rule: "short" },
    ],
    ["recipients", { title: "" }, { title: "" }],
    ["sign-space", { lines: "10" }, { lines: 10 }],
  ])("<%s %j> reads as %j", (element, attributes, expected) => {
    const result = read(element, attributes);
    expect(result).toEqual({ ok: true, value: expected });
    expect(result.ok && JSON.stringify(result.value)).toBe(JSON.stringify(expected));
  });

  it.each<[Element, Record<string, string>, string]>([
    [
      "p",
      { align: "middle" },
      'attribute align: Invalid option: expected one of "left"|"center"|"right"|"justify"',
    ],
    ["p", { colour: "red", x: "" }, 'has no attribute "colour", "x"'],
    // The first wrong value is reported before any unknown attribute.
    [
      "p",
      { colour: "red", bold: "yes", align: "middle" },
      'attribute align: Invalid option: expected one of "left"|"center"|"right"|"justify"',
    ],
    ["p", { bold: "yes" }, 'attribute bold: expected no value, "true" or "false"'],
    ["p", { size: "12.25" }, "attribute size: expected a font size in points, e.g. 13"],
    ["table", { size: "41" }, "attribute size: a font size must be 6 to 40 points"],
    ["table", { size: "5.5" }, "attribute size: a font size must be 6 to 40 points"],
    ["heading", { level: "4" }, 'attribute level: Invalid option: expected one of "1"|"2"|"3"'],
    ["col", {}, "attribute width: expected a relative width, e.g. 3"],
    ["col", { width: "0" }, "attribute width: expected a relative width, e.g. 3"],
    ["col", { width: "9".repeat(400) }, "attribute width: expected a relative width, e.g. 3"],
    [
      "col",
      { width: "1", min: "wide" },
      'attribute min: expected a width in millimetres, e.g. 12, or "auto"',
    ],
    ["td", { colspan: "0" }, "attribute colspan: expected a number of columns, 1 or more"],
    ["td", { rowspan: "1001" }, "attribute rowspan: expected a number of rows, 1 or more"],
    ["td", { colspan: "1.5" }, "attribute colspan: expected a number of columns, 1 or more"],
    ["header-block", { widths: "38;62" }, 'attribute widths: expected two relative widths, e.g. "40,60"'],
    ["line", { rule: "long" }, 'attribute rule: Invalid option: expected one of "none"|"short"|"text"'],
    ["sign-space", { lines: "11" }, "attribute lines: expected a number of lines, 1 to 10"],
    [
      "document",
      { orientation: "Auto" },
      'attribute orientation: Invalid option: expected one of "portrait"|"landscape"|"auto"',
    ],
    ["none", { constructor: "" }, 'has no attribute "constructor"'],
  ])("<%s %j> is refused: %s", (element, attributes, message) => {
    expect(read(element, attributes)).toEqual({ ok: false, message });
  });
});
