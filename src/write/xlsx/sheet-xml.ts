import { escapeXml } from "../xml/escape-xml.js";
import { estimateLines } from "../../init/estimate-lines.js";
import { cellAddress } from "../../read/raw-workbook.js";
import type { CellStyle, SheetCell, SheetRow, SheetSpec } from "./sheet-model.js";
import { styleIndex } from "./styles-xml.js";

function cellXml(cell: SheetCell, row: SheetRow, address: string): string {
  const boxed = row.boxed === true;
  if ((cell === null || cell === "") && !boxed) return "";
  const { value, style } =
    cell !== null && typeof cell === "object"
      ? cell
      : { value: cell, style: row.style ?? ("plain" satisfies CellStyle) };
  const s = styleIndex(style, boxed);
  const styleAttr = s === 0 ? "" : ` s="${s}"`;
  if (value === null || value === "") return `<c r="${address}"${styleAttr}/>`;
  if (typeof value === "number") return `<c r="${address}"${styleAttr}><v>${value}</v></c>`;
  return `<c r="${address}"${styleAttr} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function paneXml(frozen: SheetSpec["frozen"]): string {
  if (!frozen || (frozen.rows === 0 && frozen.columns === 0)) return `<sheetView workbookViewId="0"/>`;
  const pane =
    frozen.rows > 0 && frozen.columns > 0 ? "bottomRight" : frozen.rows > 0 ? "bottomLeft" : "topRight";
  const split =
    (frozen.columns > 0 ? ` xSplit="${frozen.columns}"` : "") +
    (frozen.rows > 0 ? ` ySplit="${frozen.rows}"` : "");
  const topLeft = cellAddress(frozen.rows, frozen.columns);
  return (
    `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
  );
}

/** Points per line of 11-point Times New Roman, and a title's 13 points. */
const LINE_HEIGHT = 15;
const TITLE_LINE_HEIGHT = 18;

/**
 * A row's height when its text wraps (a table's row, a merged sentence): neither Excel nor LibreOffice
 * grows a row for wrapped text in a generated file, so it is set from the estimated lines; null keeps
 * the default height.
 */
function rowHeight(row: SheetRow, widths: readonly number[]): number | null {
  if (row.boxed !== true && row.merged !== true) return null;
  let lines = 1;
  row.cells.forEach((cell, c) => {
    if (cell === null || typeof cell === "number") return;
    const { value, style } = typeof cell === "object" ? cell : { value: cell, style: row.style };
    if (typeof value !== "string") return;
    const width = row.merged === true ? widths.reduce((a, b) => a + b, 0) : (widths[c] ?? 10);
    const bold = style === "bold" || style === "header" || style === "title" ? 1 : 0;
    // estimateLines counts 1.15 letters per width unit (init's Calibri-sized sheets); printed in Times
    // New Roman, these columns held one (LibreOffice, checked on ket-qua.xlsx): the estimate errs tall.
    // A title's 13-point letters take 13/11 of the room of the others.
    const scale = (style === "title" ? 11 / 13 : 1) / 1.15;
    lines = Math.max(lines, estimateLines(value, (width - bold) * scale));
  });
  if (lines === 1 && row.style !== "title") return null;
  return lines * (row.style === "title" ? TITLE_LINE_HEIGHT : LINE_HEIGHT) + 2;
}

/** A4 landscape inside the margins below, in points. */
const PAGE = { width: (11.69 - 0.8) * 72, height: (8.27 - 1.1) * 72 };

/**
 * How many pages tall a sheet prints (`fitToHeight`): one when, scaled to the page's width, it is at
 * most a third longer than a page — a ranking of 14 units whose last lines would fall alone on a
 * second page is printed a little smaller on one — else as many as needed (0).
 */
function pagesTall(sheet: SheetSpec, heights: readonly (number | null)[]): 0 | 1 {
  // A column of width w is about 7w + 5 pixels of 0.75 point.
  const width = sheet.widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, PAGE.width / width);
  const height = heights.reduce<number>((sum, h) => sum + (h ?? LINE_HEIGHT), 0);
  return height * scale <= PAGE.height * (4 / 3) ? 1 : 0;
}

/** The range the filter covers, `A1:N5`: the first row's buttons over every row below (null: no filter). */
export function filterRange(sheet: SheetSpec): string | null {
  const columns = Math.max(0, ...sheet.rows.map((r) => r.cells.length));
  if (!sheet.filter || columns === 0) return null;
  return `A1:${cellAddress(Math.max(0, sheet.rows.length - 1), columns - 1)}`;
}

/**
 * `xl/worksheets/sheetN.xml` for one sheet: inline strings, so no shared-string table is needed.
 * Printing (issue 12: the workbooks printed over 5–7 pages with columns split): A4 landscape, scaled
 * to one page wide (and as many pages long as needed, see `pagesTall`), the title rows repeated on
 * each page (`_xlnm.Print_Titles`, write-xlsx.ts), narrow margins, page numbers in the footer.
 */
export function sheetXml(sheet: SheetSpec): string {
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const heights = sheet.rows.map((row) => rowHeight(row, sheet.widths));
  const rows = sheet.rows
    .map((row, r) => {
      const width = row.boxed === true ? Math.max(row.cells.length, sheet.widths.length) : row.cells.length;
      const cells = Array.from({ length: width }, (_, c) =>
        cellXml(row.cells[c] ?? null, row, cellAddress(r, c)),
      ).join("");
      const height = heights[r] ?? null;
      const ht = height === null ? "" : ` ht="${height}" customHeight="1"`;
      return cells === "" ? "" : `<row r="${r + 1}"${ht}>${cells}</row>`;
    })
    .join("");
  const merges = sheet.rows.flatMap((row, r) =>
    row.merged === true && sheet.widths.length > 1
      ? [`<mergeCell ref="${cellAddress(r, 0)}:${cellAddress(r, sheet.widths.length - 1)}"/>`]
      : [],
  );
  const filter = filterRange(sheet);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews>${paneXml(sheet.frozen)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    `<sheetData>${rows}</sheetData>` +
    (filter === null ? "" : `<autoFilter ref="${filter}"/>`) +
    (merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`) +
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="${pagesTall(sheet, heights)}"/>` +
    `<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}
