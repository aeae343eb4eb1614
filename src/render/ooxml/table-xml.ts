/** Cell margins in twips. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const marginsXml = (tag: string, m: Margins): string =>
  `<${tag}><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
  `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></${tag}>`;

const bordersXml = (side: string): string =>
  `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} ${side}/>`).join("")}</w:tblBorders>`;

/** Thin black lines on every side and between cells (documents' tables). */
export const SINGLE_BORDERS = bordersXml('w:val="single" w:color="000000" w:sz="4"');
/** No borders at all: the header and signature blocks are layout tables (NĐ 30/2020 Mẫu 1.1). */
export const NO_BORDERS = bordersXml('w:val="none" w:color="auto" w:sz="0"');

/** Zero margins: the text of a layout table's cell lines up with the text around it. */
export const ZERO_MARGINS: Margins = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * A table with a fixed layout and every width explicit in DXA (w:tblW and w:tblGrid here, w:tcW on
 * each cell), so LibreOffice and Google Docs draw it as Word does. `rows` is the rows' XML.
 */
export function tableXml(widths: readonly number[], borders: string, margins: Margins, rows: string): string {
  return `${tableOpenXml(widths, borders, margins)}${rows}</w:tbl>`;
}

/** The start of a table up to its first row (`tableXml` without the rows and the end tag). */
export function tableOpenXml(widths: readonly number[], borders: string, margins: Margins): string {
  const total = widths.reduce((a, b) => a + b, 0);
  let grid = "";
  for (const w of widths) grid += `<w:gridCol w:w="${w}"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${borders}<w:tblLayout w:type="fixed"/>` +
    `${marginsXml("w:tblCellMar", margins)}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`
  );
}

/** Row properties: never split across pages; header rows repeat; a minimum height when given. */
export function rowXml(cells: string, options: { header?: boolean; minHeight?: number } = {}): string {
  return `${rowOpenXml(options.header === true, options.minHeight)}${cells}</w:tr>`;
}

/** The start of a row up to its first cell (`rowXml` without the cells and the end tag). */
export function rowOpenXml(header: boolean, minHeight: number | undefined): string {
  if (minHeight === undefined) return header ? HEADER_ROW_OPEN : ROW_OPEN;
  const height = `<w:trHeight w:val="${minHeight}" w:hRule="atLeast"/>`;
  return `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}${height}</w:trPr>`;
}

const ROW_OPEN = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
const HEADER_ROW_OPEN = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";

/** Cell properties the documents use. */
export interface CellProps {
  width: number;
  gridSpan?: number;
  vMerge?: "restart" | "continue";
  margins?: Margins;
  vertical?: boolean;
  valign?: "top" | "center" | "bottom";
}

/** A cell in schema order (CT_TcPr): tcW, gridSpan, vMerge, tcMar, textDirection, vAlign; never without a paragraph. */
export function cellXml(props: CellProps, paragraphs: string): string {
  return `${cellOpenXml(props)}${paragraphs === "" ? "<w:p/>" : paragraphs}</w:tc>`;
}

/** The start of a cell up to its first paragraph (`cellXml` without the paragraphs and the end tag). */
export function cellOpenXml(props: CellProps): string {
  let pr = `<w:tcW w:type="dxa" w:w="${props.width}"/>`;
  if (props.gridSpan !== undefined && props.gridSpan > 1) pr += `<w:gridSpan w:val="${props.gridSpan}"/>`;
  if (props.vMerge !== undefined) pr += `<w:vMerge w:val="${props.vMerge}"/>`;
  if (props.margins) pr += marginsXml("w:tcMar", props.margins);
  if (props.vertical === true) pr += '<w:textDirection w:val="btLr"/>';
  if (props.valign !== undefined) pr += `<w:vAlign w:val="${props.valign}"/>`;
  return `<w:tc><w:tcPr>${pr}</w:tcPr>`;
}
