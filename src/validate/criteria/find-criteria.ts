import type { Unit } from "../../model/bloc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic, hasErrors } from "../../model/diagnostic.js";
import type { RawWorkbook } from "../../read/raw-workbook.js";
import { BLOC_SHEETS } from "../bloc-sheets.js";
import { findSheet } from "../find-table.js";
import { normalizeName } from "../normalize-name.js";
import type { ParsedCriteria } from "../parse-criteria.js";
import { parseCriteria } from "../parse-criteria.js";
import { parseMasterColumns } from "../scores/parse-master-columns.js";
import { criterionLookup } from "./criterion-lookup.js";

const OWN = new Set(Object.values(BLOC_SHEETS).flat().map(normalizeName));

/**
 * The bloc's criteria: its `Tiêu chí` sheet, or, when it has none, the master table with units as
 * columns that carries them (`TT | Nội dung | Điểm chuẩn | <units>`), said in a note. Null, with the
 * missing sheet reported, when neither is there.
 */
export function findCriteria(
  workbook: RawWorkbook,
  units: readonly Unit[],
): { criteria: ParsedCriteria | null; diagnostics: Diagnostic[] } {
  const { file, sheets } = workbook;
  const own = findSheet(sheets, BLOC_SHEETS.criteria);
  if (own) return { criteria: parseCriteria(own, file), diagnostics: [] };
  for (const sheet of sheets) {
    if (OWN.has(normalizeName(sheet.name))) continue;
    const parsed = parseCriteria(sheet, file, { numbersBeside: true });
    if (parsed.criteria.length === 0 || hasErrors(parsed.diagnostics)) continue;
    const master = parseMasterColumns(sheet, file, units, criterionLookup(parsed.criteria), parsed.limits);
    if (master === null || master.columns.length < 2) continue;
    const note = diagnostic("criteriaFromSheet", "note", { file, sheet: sheet.name }, { sheet: sheet.name });
    return { criteria: parsed, diagnostics: [note] };
  }
  const missing = diagnostic("sheetMissing", "error", { file }, { sheet: BLOC_SHEETS.criteria[0] });
  return { criteria: null, diagnostics: [missing] };
}
