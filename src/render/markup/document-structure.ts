import type { ElementAttributes } from "./element-attributes.js";

/*
 * The document structure the templates describe (templates/README.md), after validation. The
 * attributes' types are those their readers give (element-attributes.ts). The docx stage turns this
 * structure into the format of documents.md: sizes, fonts and spacing live there, not here.
 */

/** A run of text with its emphasis, or a line break. */
export type Inline =
  | { kind: "text"; text: string; bold: boolean; italic: boolean; underline: boolean; highlight: boolean }
  | { kind: "break" };

export type ParagraphAttributes = ElementAttributes<"p">;
export type CellAttributes = ElementAttributes<"td">;
export type LineAttributes = ElementAttributes<"line">;
export type ColumnAttributes = ElementAttributes<"col">;

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
  orientation: ElementAttributes<"document">["orientation"];
  blocks: Block[];
}
