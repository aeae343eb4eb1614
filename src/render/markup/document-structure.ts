import type * as z from "zod/mini";
import type * as schemas from "./attribute-schemas.js";

/*
 * The document structure the templates describe (templates/README.md), after validation. The
 * attributes' types are inferred from their schemas (attribute-schemas.ts). The docx stage turns this
 * structure into the format of documents.md: sizes, fonts and spacing live there, not here.
 */

/** A run of text with its emphasis, or a line break. */
export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean; underline: boolean; highlight: boolean }
  | { kind: "break" };

export type ParagraphAttributes = z.infer<typeof schemas.paragraphAttributes>;
export type CellAttributes = z.infer<typeof schemas.cellAttributes>;
export type LineAttributes = z.infer<typeof schemas.lineAttributes>;
export type ColumnAttributes = z.infer<typeof schemas.columnAttributes>;

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
  orientation: z.infer<typeof schemas.documentAttributes>["orientation"];
  blocks: Block[];
}
