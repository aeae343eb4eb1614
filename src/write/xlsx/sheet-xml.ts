import { escapeXml } from "../../ooxml/escape-xml.js";
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

/** The range the filter covers, `A1:N5`: the first row's buttons over every row below (null: no filter). */
export function filterRange(sheet: SheetSpec): string | null {
  const columns = Math.max(0, ...sheet.rows.map((r) => r.cells.length));
  if (!sheet.filter || columns === 0) return null;
  return `A1:${cellAddress(Math.max(0, sheet.rows.length - 1), columns - 1)}`;
}

/**
 * `xl/worksheets/sheetN.xml` for one sheet: inline strings, so no shared-string table is needed.
 * Printing (issue 12: the workbooks printed over 5–7 pages with columns split): A4 landscape, scaled
 * to one page wide and as many pages long as needed, narrow margins, page numbers in the footer.
 */
export function sheetXml(sheet: SheetSpec): string {
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows = sheet.rows
    .map((row, r) => {
      const width = row.boxed === true ? Math.max(row.cells.length, sheet.widths.length) : row.cells.length;
      const cells = Array.from({ length: width }, (_, c) =>
        cellXml(row.cells[c] ?? null, row, cellAddress(r, c)),
      ).join("");
      return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const filter = filterRange(sheet);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews>${paneXml(sheet.frozen)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    `<sheetData>${rows}</sheetData>` +
    (filter === null ? "" : `<autoFilter ref="${filter}"/>`) +
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}
