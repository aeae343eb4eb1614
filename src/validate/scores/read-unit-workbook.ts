import { diagnostic } from "../../model/diagnostic.js";
import type { RawWorkbook } from "../../read/raw-workbook.js";
import { closestUnit, matchUnit } from "../units/match-unit.js";
import { formSource } from "./form-source.js";
import { fileStem } from "./identify-unit.js";
import type { SheetContext } from "./read-bloc-sheet.js";
import { FORM_HEADERS } from "./read-bloc-sheet.js";
import type { SheetRead } from "./sheet-read.js";
import { sheetRead } from "./sheet-read.js";

/**
 * Reads a unit's own workbook (workbook.md layout 2): each sheet holding a form is read and its unit
 * found (sheet name, `Đơn vị:` line, banner, file name). A file with no form is refused: as a table not
 * found when the file or a sheet names a unit, else as a file that names no unit, with the closest name.
 */
export function readUnitWorkbook(workbook: RawWorkbook, context: SheetContext): SheetRead[] {
  const { file } = workbook;
  const reads: SheetRead[] = [];
  const unnamed: string[] = [];
  for (const sheet of workbook.sheets) {
    const form = formSource(sheet, file, true, context);
    if (form.kind === "source")
      reads.push(sheetRead(file, sheet.name, { sources: [form.source], diagnostics: form.diagnostics }));
    else if (form.kind === "refused")
      reads.push(sheetRead(file, sheet.name, { diagnostics: form.diagnostics, refusedUnits: form.units }));
    else if (form.kind === "unnamed") unnamed.push(sheet.name);
    else
      reads.push(
        sheetRead(file, sheet.name, { ignored: [{ file, sheet: sheet.name, why: "không có bảng điểm" }] }),
      );
  }
  const read = reads.some((r) => r.sources.length > 0 || r.refusedUnits.length > 0);
  if (read && unnamed.length === 0) return reads;
  if (!read && unnamed.length === 0) {
    // A unit's file whose table was not found: say that, not that the file names no unit.
    const named = [fileStem(file), ...workbook.sheets.map((s) => s.name)]
      .map((text) => matchUnit(text, context.units))
      .find((m) => m.kind === "one");
    if (named?.kind === "one") {
      const filled = workbook.sheets.filter((s) => s.rows.some((r) => r.some((c) => c.kind !== "empty")));
      return filled.map((sheet) =>
        sheetRead(file, sheet.name, {
          diagnostics: [
            diagnostic("headerNotFound", "error", { file, sheet: sheet.name }, { headers: FORM_HEADERS }),
          ],
          refusedUnits: [named.unit.code],
        }),
      );
    }
  }
  const suggestion = closestUnit(file.replace(/.*[\\/]/, ""), context.units)?.name;
  const sheets = workbook.sheets.map((s) => s.name);
  reads.push(
    sheetRead(file, "", {
      diagnostics: [diagnostic("unitFileUnmatched", "error", { file }, { sheets, suggestion })],
    }),
  );
  return reads;
}
