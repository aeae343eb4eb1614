import * as docxModule from "docx";

/*
 * docx 9.7.0 ships declaration files whose relative imports have no extension, so under
 * `moduleResolution: NodeNext` TypeScript sees only `Document` (dolanmiu/docx#3453). These are the
 * types of the parts of docx.js the renderer uses, written from its documentation; the module is
 * checked at load for each of them, so a different docx.js fails here and not inside a document.
 */

type Twips = number;
type HalfPoints = number;

export interface FontSlots {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}

export interface RunOptions {
  text?: string;
  children?: ReadonlyArray<string | PageNumberField>;
  break?: number;
  font?: FontSlots;
  size?: HalfPoints;
  bold?: boolean;
  italics?: boolean;
  underline?: Record<string, never>;
  highlight?: "yellow";
  language?: { value: string };
}

export interface BorderSide {
  style: string;
  size: number;
  color: string;
  space?: number;
}

export interface ParagraphOptions {
  children?: readonly TextRunObject[];
  alignment?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  indent?: { left?: Twips; right?: Twips; firstLine?: Twips; hanging?: Twips };
  spacing?: { before?: Twips; after?: Twips; line?: number; lineRule?: string };
  border?: { top?: BorderSide; bottom?: BorderSide };
  pageBreakBefore?: boolean;
  /** Formatting of the paragraph mark: it sets the height of an empty paragraph. */
  run?: { font?: FontSlots; size?: HalfPoints };
}

export interface TableCellOptions {
  children: ReadonlyArray<ParagraphObject | TableObject>;
  width?: { size: Twips; type: string };
  verticalAlign?: string;
  columnSpan?: number;
  rowSpan?: number;
  verticalMerge?: "restart" | "continue";
  textDirection?: string;
  borders?: { top?: BorderSide; bottom?: BorderSide; left?: BorderSide; right?: BorderSide };
  margins?: { top?: Twips; bottom?: Twips; left?: Twips; right?: Twips };
}

export interface TableRowOptions {
  children: readonly TableCellObject[];
  tableHeader?: boolean;
  cantSplit?: boolean;
  height?: { value: Twips; rule: string };
}

type TableBorders = Partial<
  Record<"top" | "bottom" | "left" | "right" | "insideHorizontal" | "insideVertical", BorderSide>
>;

export interface TableOptions {
  rows: readonly TableRowObject[];
  width?: { size: Twips; type: string };
  columnWidths?: readonly Twips[];
  layout?: string;
  margins?: { top?: Twips; bottom?: Twips; left?: Twips; right?: Twips };
  borders?: TableBorders;
  indent?: { size: Twips; type: string };
}

export interface SectionOptions {
  properties: {
    titlePage?: boolean;
    page: {
      size: { width: Twips; height: Twips; orientation: string };
      margin: {
        top: Twips;
        bottom: Twips;
        left: Twips;
        right: Twips;
        header: Twips;
        footer: Twips;
        gutter?: Twips;
      };
    };
  };
  headers?: { default?: HeaderObject; first?: HeaderObject };
  children: ReadonlyArray<ParagraphObject | TableObject>;
}

export interface DocumentOptions {
  creator?: string;
  title?: string;
  description?: string;
  lastModifiedBy?: string;
  revision?: number;
  styles?: {
    default?: {
      document?: {
        run?: { font?: FontSlots; size?: HalfPoints; language?: { value: string } };
        paragraph?: { spacing?: { before?: Twips; after?: Twips; line?: number; lineRule?: string } };
      };
    };
  };
  sections: readonly SectionOptions[];
}

// Opaque instances: only docx.js reads them.
export interface TextRunObject {
  readonly __docx: "TextRun";
}
export interface ParagraphObject {
  readonly __docx: "Paragraph";
}
export interface TableObject {
  readonly __docx: "Table";
}
export interface TableRowObject {
  readonly __docx: "TableRow";
}
export interface TableCellObject {
  readonly __docx: "TableCell";
}
export interface HeaderObject {
  readonly __docx: "Header";
}
export interface DocumentObject {
  readonly __docx: "Document";
}
export interface PageNumberField {
  readonly __docx: "PageNumber";
}

export interface DocxApi {
  Document: new (options: DocumentOptions) => DocumentObject;
  Paragraph: new (options: ParagraphOptions) => ParagraphObject;
  TextRun: new (options: RunOptions) => TextRunObject;
  Table: new (options: TableOptions) => TableObject;
  TableRow: new (options: TableRowOptions) => TableRowObject;
  TableCell: new (options: TableCellOptions) => TableCellObject;
  Header: new (options: { children: readonly ParagraphObject[] }) => HeaderObject;
  Packer: {
    toBuffer(
      document: DocumentObject,
      prettify?: boolean,
      overrides?: ReadonlyArray<{ path: string; data: string }>,
    ): Promise<Buffer>;
  };
  PageNumber: { CURRENT: PageNumberField };
  AlignmentType: { LEFT: string; CENTER: string; RIGHT: string; JUSTIFIED: string };
  BorderStyle: { SINGLE: string; NONE: string };
  LineRuleType: { EXACT: string; AUTO: string };
  TableLayoutType: { FIXED: string };
  VerticalAlign: { TOP: string; CENTER: string; BOTTOM: string };
  WidthType: { DXA: string };
  PageOrientation: { PORTRAIT: string; LANDSCAPE: string };
  TextDirection: { BOTTOM_TO_TOP_LEFT_TO_RIGHT: string };
  HeightRule: { ATLEAST: string };
}

const REQUIRED: ReadonlyArray<keyof DocxApi> = [
  "Document",
  "Paragraph",
  "TextRun",
  "Table",
  "TableRow",
  "TableCell",
  "Header",
  "Packer",
  "PageNumber",
  "AlignmentType",
  "BorderStyle",
  "LineRuleType",
  "TableLayoutType",
  "VerticalAlign",
  "WidthType",
  "PageOrientation",
  "TextDirection",
  "HeightRule",
];

function checked(module: Record<string, unknown>): DocxApi {
  const missing = REQUIRED.filter((name) => module[name] === undefined);
  if (missing.length > 0) throw new Error(`docx.js lacks ${missing.join(", ")}: thidua needs docx 9.x`);
  return module as unknown as DocxApi; // every member checked above
}

/** docx.js, typed for the renderer. */
export const docx: DocxApi = checked(docxModule as unknown as Record<string, unknown>);
