import type { Font } from "exceljs";

/**
 * A font with its name and size spelled out: exceljs writes `{ bold: true }` as a nameless font,
 * which LibreOffice then shows in a font of its own choosing. Calibri 11 is Excel's default, the
 * one the column widths are estimated for.
 */
export function cellFont(style: Partial<Font> = {}): Partial<Font> {
  return { name: "Calibri", size: 11, ...style };
}
