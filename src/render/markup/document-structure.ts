import { z } from "zod";

/*
 * The document structure the templates describe (templates/README.md), after validation. Attribute
 * schemas are zod; the node types are built from their inferred types. The docx stage turns this
 * structure into the format of documents.md: sizes, fonts and spacing live there, not here.
 */

/** A bare attribute (`<tr header>`) means true; `="false"` means false. */
const flag = z
  .enum(["", "true", "false"], { message: 'expected no value, "true" or "false"' })
  .transform((v) => v !== "false");

/** A font size in points, whole or half (`13`, `12.5`). */
const fontSize = z
  .string()
  .regex(/^\d{1,2}(\.5)?$/, { message: "expected a font size in points, e.g. 13" })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(6, { message: "a font size must be 6 to 40 points" })
      .max(40, { message: "a font size must be 6 to 40 points" }),
  );

const positiveNumber = (what: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, { message: `expected ${what}` })
    .transform(Number)
    .pipe(z.number().positive({ message: `expected ${what}` }));

const wholeNumber = (what: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `expected ${what}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { message: `expected ${what}` })
        .max(max, { message: `expected ${what}` }),
    );

const align = z.enum(["left", "center", "right", "justify"]);

export const documentAttributes = z.strictObject({
  /** `auto`: landscape A4 when a table's minimum column widths do not fit portrait (the wide matrix). */
  orientation: z.enum(["portrait", "landscape", "auto"]).default("portrait"),
});

export const emptyAttributes = z.strictObject({});

export const headingAttributes = z.strictObject({
  level: z.enum(["1", "2", "3"]).default("1").transform(Number),
});

export const paragraphAttributes = z.strictObject({
  align: align.default("justify"),
  /** First-line indent 1.27 cm (the default for body text) or none. */
  indent: z.enum(["first-line", "none"]).optional(),
  bold: flag.default(false),
  italic: flag.default(false),
  size: fontSize.optional(),
  "keep-next": flag.default(false),
});

export const tableAttributes = z.strictObject({
  size: fontSize.default(13),
});

export const columnAttributes = z.strictObject({
  /** Relative width: the columns share the text width in proportion. */
  width: positiveNumber("a relative width, e.g. 3"),
  /**
   * Minimum width in millimetres, or `auto`: the widest word of the column's cells, so numbers never
   * wrap. Minimums decide `orientation="auto"`.
   */
  min: z.union([z.literal("auto"), positiveNumber('a width in millimetres, e.g. 12, or "auto"')]).optional(),
});

export const rowAttributes = z.strictObject({
  /** A header row: bold, repeated at the top of each page. */
  header: flag.default(false),
  bold: flag.default(false),
});

export const cellAttributes = z.strictObject({
  align: align.default("left"),
  valign: z.enum(["top", "center", "bottom"]).default("center"),
  colspan: wholeNumber("a number of columns, 1 or more", 200).default(1),
  rowspan: wholeNumber("a number of rows, 1 or more", 1000).default(1),
  bold: flag.default(false),
  italic: flag.default(false),
  /** Text written bottom to top: long column headings over narrow columns (unit codes in a matrix). */
  vertical: flag.default(false),
});

export const headerBlockAttributes = z.strictObject({
  /** Relative widths of the two columns. */
  widths: z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*$/, { message: 'expected two relative widths, e.g. "40,60"' })
    .transform((v) => v.split(",").map(Number) as [number, number])
    .default([40, 60]),
});

export const lineAttributes = z.strictObject({
  align: align.default("center"),
  bold: flag.default(false),
  italic: flag.default(false),
  size: fontSize.optional(),
  /** A rule under the line: `short` (about 2/5 of the text), `text` (as long as the text). */
  rule: z.enum(["none", "short", "text"]).default("none"),
});

export const recipientsAttributes = z.strictObject({
  title: z.string().default("Nơi nhận:"),
});

export const signSpaceAttributes = z.strictObject({
  lines: wholeNumber("a number of lines, 1 to 10", 10).default(4),
});

/** A run of text with its emphasis, or a line break. */
export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean; underline: boolean; highlight: boolean }
  | { kind: "break" };

export type ParagraphAttributes = z.infer<typeof paragraphAttributes>;
export type CellAttributes = z.infer<typeof cellAttributes>;
export type LineAttributes = z.infer<typeof lineAttributes>;
export type ColumnAttributes = z.infer<typeof columnAttributes>;

export interface TableCellNode extends CellAttributes {
  runs: Inline[];
}

export interface TableRowNode {
  header: boolean;
  bold: boolean;
  cells: TableCellNode[];
}

export interface LineNode extends LineAttributes {
  runs: Inline[];
}

export interface SignatureColumn {
  kind: "signature";
  items: Array<{ kind: "line"; line: LineNode } | { kind: "space"; lines: number }>;
}

export interface RecipientsColumn {
  kind: "recipients";
  title: string;
  items: Inline[][];
}

export type Block =
  | { kind: "title"; runs: Inline[] }
  | { kind: "subtitle"; runs: Inline[] }
  | { kind: "heading"; level: number; runs: Inline[] }
  | { kind: "paragraph"; attributes: ParagraphAttributes; runs: Inline[] }
  | { kind: "table"; size: number; columns: ColumnAttributes[]; rows: TableRowNode[] }
  | { kind: "header-block"; widths: [number, number]; rows: Array<[LineNode[], LineNode[]]> }
  | { kind: "signature-block"; columns: Array<SignatureColumn | RecipientsColumn> }
  | { kind: "page-break" };

/** A validated document: what the docx stage turns into a Word file. */
export interface DocumentNode {
  orientation: z.infer<typeof documentAttributes>["orientation"];
  blocks: Block[];
}
