import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { cellAddress } from "../read/raw-workbook.js";
import { exampleExcerpt, isExampleText } from "./example-marker.js";

/**
 * Every cell of the given sheets (`Đơn vị`, `Phương hướng`) that still holds a value marked as the
 * example's by `thidua init` (`(ví dụ) …`): an error each, naming the cell, so an example workbook
 * never passes for the bloc's own. `Thông tin` is checked key by key while it is read (parse-info.ts).
 */
export function checkExampleValues(sheets: readonly (RawSheet | undefined)[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const sheet of sheets) {
    if (sheet === undefined) continue;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind === "text" && isExampleText(cell.value)) {
          diagnostics.push(
            diagnostic(
              "exampleValue",
              "error",
              { file, sheet: sheet.name, cell: cellAddress(r, c) },
              { found: exampleExcerpt(cell.value) },
            ),
          );
        }
      }),
    );
  }
  return diagnostics;
}
