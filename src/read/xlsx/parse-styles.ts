import { attributes, scanTags } from "../xml/xml-text.js";

/** What a cell style's number format makes of a number: a date, a time of day or duration, or a number. */
export type NumberShape = "date" | "time" | null;

/**
 * Excel's built-in number formats that show dates or times (ECMA-376 part 1, §18.8.30): the ids a
 * file may use without writing the format out. 27–36 and 50–58 are dates only in East Asian
 * locales; 0–13 and 37–44, 48, 49 are numbers or text.
 */
const BUILT_IN: Record<number, NumberShape> = {
  14: "date",
  15: "date",
  16: "date",
  17: "date",
  18: "time",
  19: "time",
  20: "time",
  21: "time",
  22: "date",
  45: "time",
  46: "time",
  47: "time",
};

/**
 * Whether a number format code shows a date, a time or neither, from its date and time letters
 * outside quoted text, `\`-escaped characters, the characters after `_` and `*` (padding and fill)
 * and `[…]` (colours, locales, elapsed `[h]`). Letters in either case: LibreOffice writes
 * `DD/MM/YYYY`. `m` is minutes beside `h` or `s` and months otherwise, so a format with a year, a
 * day or a lone month is a date; one with hours, minutes or seconds alone is a time.
 */
export function numberShape(format: string | undefined): NumberShape {
  if (!format) return null;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[[^\]]*]/g, "")
    .toLowerCase();
  if (/[ydb]/.test(bare)) return "date";
  const timeLetters = /[hs]/.test(bare);
  if (bare.includes("m") && !timeLetters) return "date";
  return timeLetters ? "time" : null;
}

/**
 * The styles part → for each cell style (`<cellXfs>` entry, a cell's `s`), what its number format
 * makes of a number. Only formats in the workbook's own `<numFmts>` count: a `<numFmt>` inside
 * `<dxfs>` (conditional formats, table styles) may reuse an id with another meaning.
 */
export function parseCellStyles(xml: string): NumberShape[] {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  scanTags(xml, (tag) => {
    if (tag.name === "numFmts") {
      if (!tag.selfClosing) inNumFmts = !tag.end;
    } else if (tag.name === "cellXfs") {
      if (!tag.selfClosing) inCellXfs = !tag.end;
    } else if (tag.end) {
      return;
    } else if (tag.name === "numFmt" && inNumFmts) {
      const a = attributes(tag.attributes);
      const id = Number.parseInt(a.get("numFmtId") ?? "", 10);
      const code = a.get("formatCode");
      if (!Number.isNaN(id) && code !== undefined && !custom.has(id)) custom.set(id, code);
    } else if (tag.name === "xf" && inCellXfs) {
      formatIds.push(Number.parseInt(attributes(tag.attributes).get("numFmtId") ?? "0", 10));
    }
  });
  return formatIds.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? numberShape(code) : (BUILT_IN[id] ?? null);
  });
}
