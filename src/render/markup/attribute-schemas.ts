import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

/*
 * The attributes each element of the document markup may have (templates/README.md), as zod schemas:
 * the definition of what a template may write, and of the message when it writes something else.
 * The usual attributes are read by the quicker checks of attribute-checks.ts, which agree with these
 * schemas (test/documents/attribute-checks.test.ts); this module, and zod with it, is loaded only
 * when a check is unsure, which is mostly when a template has an error.
 */

// zod's small build, with its English messages only (the full build loads every locale).
z.config(en());

/** A bare attribute (`<tr header>`) means true; `="false"` means false. */
const flag = z.pipe(
  z.enum(["", "true", "false"], { message: 'expected no value, "true" or "false"' }),
  z.transform((v: "" | "true" | "false"): boolean => v !== "false"),
);

const fontSizeRange = { message: "a font size must be 6 to 40 points" };
/** A font size in points, whole or half (`13`, `12.5`). */
const fontSize = z.pipe(
  z.pipe(
    z.string().check(z.regex(/^\d{1,2}(\.5)?$/, { message: "expected a font size in points, e.g. 13" })),
    z.transform((v: string): number => Number(v)),
  ),
  z.number().check(z.minimum(6, fontSizeRange), z.maximum(40, fontSizeRange)),
);

const positiveNumber = (what: string) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\d+(\.\d+)?$/, { message: `expected ${what}` })),
      z.transform((v: string): number => Number(v)),
    ),
    z.number().check(z.positive({ message: `expected ${what}` })),
  );

const wholeNumber = (what: string, max: number) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\d+$/, { message: `expected ${what}` })),
      z.transform((v: string): number => Number(v)),
    ),
    z
      .int({ message: `expected ${what}` })
      .check(z.minimum(1, { message: `expected ${what}` }), z.maximum(max, { message: `expected ${what}` })),
  );

const align = z.enum(["left", "center", "right", "justify"]);

export const documentAttributes = z.strictObject({
  /** `auto`: landscape A4 when a table's minimum column widths do not fit portrait (the wide matrix). */
  orientation: z._default(z.enum(["portrait", "landscape", "auto"]), "portrait"),
});

export const emptyAttributes = z.strictObject({});

export const headingAttributes = z.strictObject({
  level: z.pipe(
    z._default(z.enum(["1", "2", "3"]), "1"),
    z.transform((v: "1" | "2" | "3"): number => Number(v)),
  ),
});

export const paragraphAttributes = z.strictObject({
  align: z._default(align, "justify"),
  /** First-line indent 1.27 cm (the default for body text) or none. */
  indent: z.optional(z.enum(["first-line", "none"])),
  bold: z._default(flag, false),
  italic: z._default(flag, false),
  size: z.optional(fontSize),
  "keep-next": z._default(flag, false),
});

export const tableAttributes = z.strictObject({
  size: z._default(fontSize, 13),
});

export const columnAttributes = z.strictObject({
  /** Relative width: the columns share the text width in proportion. */
  width: positiveNumber("a relative width, e.g. 3"),
  /**
   * Minimum width in millimetres, or `auto`: the widest word of the column's cells, so numbers never
   * wrap. Minimums decide `orientation="auto"`.
   */
  min: z.optional(z.union([z.literal("auto"), positiveNumber('a width in millimetres, e.g. 12, or "auto"')])),
});

export const rowAttributes = z.strictObject({
  /** A header row: bold, repeated at the top of each page. */
  header: z._default(flag, false),
  bold: z._default(flag, false),
});

export const cellAttributes = z.strictObject({
  align: z._default(align, "left"),
  valign: z._default(z.enum(["top", "center", "bottom"]), "center"),
  colspan: z._default(wholeNumber("a number of columns, 1 or more", 200), 1),
  rowspan: z._default(wholeNumber("a number of rows, 1 or more", 1000), 1),
  bold: z._default(flag, false),
  italic: z._default(flag, false),
  /** Text written bottom to top: long column headings over narrow columns (unit codes in a matrix). */
  vertical: z._default(flag, false),
});

export const headerBlockAttributes = z.strictObject({
  /** Relative widths of the two columns. */
  widths: z._default(
    z.pipe(
      z.string().check(
        z.regex(/^\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/, {
          message: 'expected two relative widths, e.g. "40,60"',
        }),
      ),
      z.transform((v: string) => v.split(",").map(Number) as [number, number]),
    ),
    [40, 60],
  ),
});

export const lineAttributes = z.strictObject({
  align: z._default(align, "center"),
  bold: z._default(flag, false),
  italic: z._default(flag, false),
  size: z.optional(fontSize),
  /** A rule under the line: `short` (about 2/5 of the text), `text` (as long as the text). */
  rule: z._default(z.enum(["none", "short", "text"]), "none"),
});

export const recipientsAttributes = z.strictObject({
  title: z._default(z.string(), "Nơi nhận:"),
});

export const signSpaceAttributes = z.strictObject({
  lines: z._default(wholeNumber("a number of lines, 1 to 10", 10), 4),
});
