import { attributes, scanTags } from "./xml-text.js";

/** Excel's built-in number formats that exceljs knows by id (the locale-dependent ones it does not). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether a number format shows a date or time: exceljs's test (`utils.isDateFmt`), kept as is so
 * that a number reads the same whichever reader opened the file: date letters outside `[…]` and `"…"`.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * `xl/styles.xml` → for each cell style (`<cellXfs>` entry, the cell's `s`), whether its number
 * format makes a number a date.
 */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanTags(xml, (tag) => {
    if (tag.name === "cellXfs") {
      inCellXfs = !tag.end && !tag.selfClosing;
    } else if (tag.end) {
      return;
    } else if (tag.name === "numFmt") {
      const a = attributes(tag.attributes);
      const id = Number.parseInt(a.get("numFmtId") ?? "", 10);
      const code = a.get("formatCode");
      if (!Number.isNaN(id) && code !== undefined) custom.set(id, code);
    } else if (tag.name === "xf" && inCellXfs) {
      formatIds.push(Number.parseInt(attributes(tag.attributes).get("numFmtId") ?? "0", 10));
    }
  });
  // exceljs ignores format 0 and a style whose format it cannot name.
  return formatIds.map((id) => id > 0 && isDateFormat(custom.get(id) ?? BUILT_IN[id]));
}
