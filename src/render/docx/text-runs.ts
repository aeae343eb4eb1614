import { docx, type TextRunObject } from "./docx-api.js";
import type { Inline } from "../markup/document-structure.js";
import { FONTS, halfPoints } from "./page-format.js";

/** Run formatting that a block imposes on its text (a title is bold; a date line italic). */
export interface RunBase {
  size: number;
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
}

/**
 * docx.js runs for inline content. Every run names Times New Roman in all four slots and its size
 * explicitly, not only through the default style, so a paste into another document keeps the format.
 * docx.js escapes the text for XML itself: the text here is the value as typed.
 */
export function textRuns(runs: readonly Inline[], base: RunBase): TextRunObject[] {
  return runs.map((run) => {
    if (run.kind === "break") return new docx.TextRun({ break: 1, font: FONTS, size: halfPoints(base.size) });
    // Only what is on is written: `<w:b w:val="false"/>` on every run would double the XML.
    return new docx.TextRun({
      text: base.upper ? run.text.toLocaleUpperCase("vi") : run.text,
      font: FONTS,
      size: halfPoints(base.size),
      ...(base.bold === true || run.bold ? { bold: true } : {}),
      ...(base.italic === true || run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
      ...(run.highlight ? { highlight: "yellow" as const } : {}),
    });
  });
}
