import type { Criterion, Unit } from "../../model/bloc.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import type { UnitIndex } from "../unit-index.js";
import { closestUnit } from "../units/match-unit.js";
import { sheetFacts, sheetNameYear } from "../units/sheet-facts.js";
import { declaredRanks } from "./declared-ranks.js";
import { formSource } from "./form-source.js";
import { parseMasterColumns } from "./parse-master-columns.js";
import type { ParsedMatrix } from "./parse-score-matrix.js";
import { parseScoreMatrix } from "./parse-score-matrix.js";
import type { SheetRead } from "./sheet-read.js";
import { sheetKey, sheetRead } from "./sheet-read.js";

export interface SheetContext {
  units: readonly Unit[];
  criteria: readonly Criterion[];
  lookup: CriterionLookup;
  limits: SectionLimits;
  unitOf: UnitIndex;
}

/** The headers a unit's form needs, as the message names them. */
export const FORM_HEADERS = ["Mã tiêu chí (hoặc TT, Nội dung)", "Tự chấm (hoặc Khối chấm)"];

/** Years a master table is for: its title's, else its sheet name's (`Năm 2024`). */
function yearsOf(sheet: RawSheet, headerRow: number): { years: number[]; yearCell?: string } {
  const facts = sheetFacts(sheet, headerRow);
  if (facts.titleYears.length > 0)
    return { years: facts.titleYears, ...(facts.titleCell === null ? {} : { yearCell: facts.titleCell }) };
  const named = sheetNameYear(sheet.name);
  return { years: named === null ? [] : [named] };
}

/** A units-as-rows table's rows as sources. */
export function matrixRead(
  sheet: RawSheet,
  file: string,
  parsed: ParsedMatrix,
  headerRow: number,
): SheetRead {
  const years = yearsOf(sheet, headerRow);
  return sheetRead(file, sheet.name, {
    sources: parsed.rows.map((row) => ({ ...row, ...years, sheetKey: sheetKey(file, sheet.name) })),
    diagnostics: parsed.diagnostics,
    collapsed: parsed.collapsed,
    ranks: parsed.declaredRanks,
  });
}

/**
 * Reads a sheet of the bloc workbook that is not one of its own (`Thông tin`, `Đơn vị`…): a unit's form
 * (named by the unit), a master table with units as columns or as rows, or nothing to read. A form
 * naming no unit, or a sheet named for a unit without a table, is an error saying so.
 */
export function readBlocSheet(sheet: RawSheet, file: string, context: SheetContext): SheetRead {
  const where = { file, sheet: sheet.name };
  // A master table first: a sheet with two or more units' columns is no one unit's form.
  const master = parseMasterColumns(sheet, file, context.units, context.lookup, context.limits);
  if (master !== null) {
    const years = yearsOf(sheet, master.headerRow);
    return sheetRead(file, sheet.name, {
      diagnostics: master.diagnostics,
      sources: master.columns.map((c) => ({
        unit: c.unit,
        label: `${file} › ${sheet.name} › cột ${c.column.cell.replace(/\d+$/, "")}`,
        location: { ...where, cell: c.column.cell },
        scores: c.table.scores,
        blankAt: c.table.blankAt,
        ...years,
        sheetKey: sheetKey(file, sheet.name),
        reading: {
          unit: c.unit.code,
          table: c.table.reading,
          line: `cột ${c.column.cell.replace(/\d+$/, "")} (${c.column.text})`,
          matchedBy: { how: `column:${c.how}`, text: c.column.text },
          rowsMatchedBy: c.table.matchedBy,
        },
      })),
      ranks: master.columns.flatMap((c) => declaredRanks(sheet, file, c)),
    });
  }
  const form = formSource(sheet, file, false, context);
  if (form.kind === "source")
    return sheetRead(file, sheet.name, { sources: [form.source], diagnostics: form.diagnostics });
  if (form.kind === "refused")
    return sheetRead(file, sheet.name, { diagnostics: form.diagnostics, refusedUnits: form.units });
  if (form.kind === "unnamed") {
    const suggestion = closestUnit(sheet.name, context.units)?.name;
    return sheetRead(file, sheet.name, {
      diagnostics: [diagnostic("sheetUnmatched", "error", where, { sheet: sheet.name, suggestion })],
    });
  }
  const matrix = parseScoreMatrix(sheet, file, context.criteria, context.lookup, context.units);
  if (matrix.found) return matrixRead(sheet, file, matrix, matrix.headerRow);
  const unit = context.unitOf(sheet.name);
  if (unit) {
    // A sheet named for a unit must hold its table: say what is missing rather than ignore it.
    return sheetRead(file, sheet.name, {
      diagnostics: [diagnostic("headerNotFound", "error", where, { headers: FORM_HEADERS })],
      refusedUnits: [unit.code],
    });
  }
  return sheetRead(file, sheet.name, {
    diagnostics: [diagnostic("unknownSheet", "note", where, { sheet: sheet.name })],
    ignored: [{ file, sheet: sheet.name, why: "không có bảng điểm" }],
  });
}
