import { escapeXml } from "../../ooxml/escape-xml.js";
import { cellAddress } from "../../read/raw-workbook.js";
import type { CellStyle, SheetCell, SheetSpec } from "./sheet-model.js";
import { STYLE_INDEX } from "./styles-xml.js";

function cellXml(cell: SheetCell, rowStyle: CellStyle | undefined, address: string): string {
  if (cell === null || cell === "") return "";
  const { value, style } = typeof cell === "object" ? cell : { value: cell, style: rowStyle ?? "plain" };
  const s = STYLE_INDEX[style];
  const styleAttr = s === 0 ? "" : ` s="${s}"`;
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

/** The first row's filter buttons, over as many columns as the widest row. */
function filterXml(sheet: SheetSpec): string {
  const columns = Math.max(0, ...sheet.rows.map((r) => r.cells.length));
  if (!sheet.filter || columns === 0) return "";
  return `<autoFilter ref="A1:${cellAddress(0, columns - 1)}"/>`;
}

/** `xl/worksheets/sheetN.xml` for one sheet: inline strings, so no shared-string table is needed. */
export function sheetXml(sheet: SheetSpec): string {
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.cells.map((cell, c) => cellXml(cell, row.style, cellAddress(r, c))).join("");
      return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews>${paneXml(sheet.frozen)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    `<sheetData>${rows}</sheetData>` +
    filterXml(sheet) +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape"/>` +
    `</worksheet>`
  );
}
