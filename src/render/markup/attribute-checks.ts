import type * as z from "zod/mini";
import type {
  cellAttributes,
  columnAttributes,
  documentAttributes,
  emptyAttributes,
  headerBlockAttributes,
  headingAttributes,
  lineAttributes,
  paragraphAttributes,
  recipientsAttributes,
  rowAttributes,
  signSpaceAttributes,
  tableAttributes,
} from "./attribute-schemas.js";

/*
 * Hand-written readings of the attribute schemas of document-structure.ts, for the attributes a
 * template writes correctly: a 500-unit matrix has 75 000 cells, and zod's safeParse of each cost
 * more than the rest of the structure. Each reading returns exactly what the schema's safeParse
 * would (same values, same keys in the same order) or `undefined` whenever it is not sure; then the
 * schema itself decides, and its message is the one reported. So the schemas stay the definition,
 * and a reading may be stricter than its schema but never looser (test/documents/attribute-checks
 * compares them on many inputs).
 */

/** An element's attributes as the markup parser gives them. */
export type Attributes = Readonly<Record<string, string>>;

/** A reading of one schema: its output, or `undefined` to let the schema decide. */
export type AttributeCheck<S extends z.ZodMiniType> = (attributes: Attributes) => z.output<S> | undefined;

/** True when every attribute is one of `known` (strictObject refuses the others). */
function onlyKnown(attributes: Attributes, known: ReadonlySet<string>): boolean {
  for (const key in attributes) if (!known.has(key)) return false;
  return true;
}

/** A member of `values`, or undefined. */
function oneOf<const T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** `flag`: a bare attribute or `"true"` is true, `"false"` false. */
function flag(value: string | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined) return fallback;
  if (value === "" || value === "true") return true;
  return value === "false" ? false : undefined;
}

const FONT_SIZE = /^\d{1,2}(\.5)?$/;

/** `fontSize`: points, whole or half, 6 to 40. */
function fontSize(value: string): number | undefined {
  if (!FONT_SIZE.test(value)) return undefined;
  const points = Number(value);
  return points >= 6 && points <= 40 ? points : undefined;
}

const POSITIVE = /^\d+(\.\d+)?$/;

/** `positiveNumber`: a decimal above zero (and finite: zod refuses Infinity). */
function positiveNumber(value: string): number | undefined {
  if (!POSITIVE.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

const WHOLE = /^\d+$/;

/** `wholeNumber`: a whole number from 1 to `max`. */
function wholeNumber(value: string | undefined, max: number, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  if (!WHOLE.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

const ALIGN = ["left", "center", "right", "justify"] as const;
const VALIGN = ["top", "center", "bottom"] as const;

/** A value of an enum, its default when the attribute is absent. */
function choice<const T extends string>(
  values: readonly T[],
  value: string | undefined,
  fallback: T,
): T | undefined {
  return value === undefined ? fallback : oneOf(values, value);
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);

const NO_KEYS = keys();
export const readEmpty: AttributeCheck<typeof emptyAttributes> = (a) =>
  onlyKnown(a, NO_KEYS) ? {} : undefined;

const DOCUMENT_KEYS = keys("orientation");
export const readDocument: AttributeCheck<typeof documentAttributes> = (a) => {
  if (!onlyKnown(a, DOCUMENT_KEYS)) return undefined;
  const orientation = choice(["portrait", "landscape", "auto"], a.orientation, "portrait");
  return orientation === undefined ? undefined : { orientation };
};

const HEADING_KEYS = keys("level");
export const readHeading: AttributeCheck<typeof headingAttributes> = (a) => {
  if (!onlyKnown(a, HEADING_KEYS)) return undefined;
  const level = choice(["1", "2", "3"], a.level, "1");
  return level === undefined ? undefined : { level: Number(level) };
};

const PARAGRAPH_KEYS = keys("align", "indent", "bold", "italic", "size", "keep-next");
export const readParagraph: AttributeCheck<typeof paragraphAttributes> = (a) => {
  if (!onlyKnown(a, PARAGRAPH_KEYS)) return undefined;
  const align = choice(ALIGN, a.align, "justify");
  const indent = a.indent === undefined ? undefined : oneOf(["first-line", "none"], a.indent);
  const bold = flag(a.bold, false);
  const italic = flag(a.italic, false);
  const size = a.size === undefined ? undefined : fontSize(a.size);
  const keepNext = flag(a["keep-next"], false);
  if (align === undefined || bold === undefined || italic === undefined || keepNext === undefined)
    return undefined;
  if ((a.indent !== undefined && indent === undefined) || (a.size !== undefined && size === undefined))
    return undefined;
  // Optional attributes that are absent are absent from the output too, as with the schema.
  return {
    align,
    ...(indent === undefined ? {} : { indent }),
    bold,
    italic,
    ...(size === undefined ? {} : { size }),
    "keep-next": keepNext,
  };
};

const TABLE_KEYS = keys("size");
export const readTable: AttributeCheck<typeof tableAttributes> = (a) => {
  if (!onlyKnown(a, TABLE_KEYS)) return undefined;
  const size = a.size === undefined ? 13 : fontSize(a.size);
  return size === undefined ? undefined : { size };
};

const COLUMN_KEYS = keys("width", "min");
export const readColumn: AttributeCheck<typeof columnAttributes> = (a) => {
  if (!onlyKnown(a, COLUMN_KEYS) || a.width === undefined) return undefined;
  const width = positiveNumber(a.width);
  const min = a.min === undefined || a.min === "auto" ? a.min : positiveNumber(a.min);
  if (width === undefined || (a.min !== undefined && min === undefined)) return undefined;
  return min === undefined ? { width } : { width, min };
};

const ROW_KEYS = keys("header", "bold");
export const readRow: AttributeCheck<typeof rowAttributes> = (a) => {
  if (!onlyKnown(a, ROW_KEYS)) return undefined;
  const header = flag(a.header, false);
  const bold = flag(a.bold, false);
  return header === undefined || bold === undefined ? undefined : { header, bold };
};

const CELL_KEYS = keys("align", "valign", "colspan", "rowspan", "bold", "italic", "vertical");
/** The attributes of a plain `<td>`, the most frequent element of all. */
const PLAIN_CELL = {
  align: "left",
  valign: "center",
  colspan: 1,
  rowspan: 1,
  bold: false,
  italic: false,
  vertical: false,
} as const;
export const readCell: AttributeCheck<typeof cellAttributes> = (a) => {
  if (!onlyKnown(a, CELL_KEYS)) return undefined;
  const align = choice(ALIGN, a.align, PLAIN_CELL.align);
  const valign = choice(VALIGN, a.valign, PLAIN_CELL.valign);
  const colspan = wholeNumber(a.colspan, 200, PLAIN_CELL.colspan);
  const rowspan = wholeNumber(a.rowspan, 1000, PLAIN_CELL.rowspan);
  const bold = flag(a.bold, PLAIN_CELL.bold);
  const italic = flag(a.italic, PLAIN_CELL.italic);
  const vertical = flag(a.vertical, PLAIN_CELL.vertical);
  if (
    align === undefined ||
    valign === undefined ||
    colspan === undefined ||
    rowspan === undefined ||
    bold === undefined ||
    italic === undefined ||
    vertical === undefined
  )
    return undefined;
  return { align, valign, colspan, rowspan, bold, italic, vertical };
};

const HEADER_BLOCK_KEYS = keys("widths");
const TWO_WIDTHS = /^\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/;
export const readHeaderBlock: AttributeCheck<typeof headerBlockAttributes> = (a) => {
  if (!onlyKnown(a, HEADER_BLOCK_KEYS)) return undefined;
  if (a.widths === undefined) return { widths: [40, 60] };
  if (!TWO_WIDTHS.test(a.widths)) return undefined;
  const [left = 0, right = 0] = a.widths.split(",").map(Number);
  return { widths: [left, right] };
};

const LINE_KEYS = keys("align", "bold", "italic", "size", "rule");
export const readLine: AttributeCheck<typeof lineAttributes> = (a) => {
  if (!onlyKnown(a, LINE_KEYS)) return undefined;
  const align = choice(ALIGN, a.align, "center");
  const bold = flag(a.bold, false);
  const italic = flag(a.italic, false);
  const size = a.size === undefined ? undefined : fontSize(a.size);
  const rule = choice(["none", "short", "text"], a.rule, "none");
  if (align === undefined || bold === undefined || italic === undefined || rule === undefined)
    return undefined;
  if (a.size !== undefined && size === undefined) return undefined;
  return size === undefined ? { align, bold, italic, rule } : { align, bold, italic, size, rule };
};

const RECIPIENTS_KEYS = keys("title");
export const readRecipients: AttributeCheck<typeof recipientsAttributes> = (a) =>
  onlyKnown(a, RECIPIENTS_KEYS) ? { title: a.title ?? "Nơi nhận:" } : undefined;

const SIGN_SPACE_KEYS = keys("lines");
export const readSignSpace: AttributeCheck<typeof signSpaceAttributes> = (a) => {
  if (!onlyKnown(a, SIGN_SPACE_KEYS)) return undefined;
  const lines = wholeNumber(a.lines, 10, 4);
  return lines === undefined ? undefined : { lines };
};
