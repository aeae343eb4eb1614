import type { Unit } from "../../model/bloc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet } from "../../read/raw-workbook.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { sheetNameYear } from "../units/sheet-facts.js";
import type { ScoreSource } from "./choose-source.js";
import { identifyUnit } from "./identify-unit.js";
import { parseUnitForm } from "./parse-unit-form.js";
import { sheetKey } from "./sheet-read.js";

/** What a sheet holding a unit's form gives: its unit's points, a refusal, a form naming no unit, or no form. */
export type FormSource =
  | { kind: "source"; source: ScoreSource; diagnostics: Diagnostic[] }
  | { kind: "refused"; diagnostics: Diagnostic[]; units: string[] }
  | { kind: "unnamed" }
  | { kind: "none" };

export interface FormContext {
  units: readonly Unit[];
  lookup: CriterionLookup;
  limits: SectionLimits;
}

/**
 * Reads a sheet as a unit's form and finds whose it is (its sheet's name, its `Đơn vị:` line, its banner,
 * and for a unit's own workbook its file's name). A form whose unit is ambiguous or contradicted is
 * refused with the reason; a form with points that names no unit is `unnamed` (the caller says where).
 */
export function formSource(
  sheet: RawSheet,
  file: string,
  ownWorkbook: boolean,
  context: FormContext,
): FormSource {
  const form = parseUnitForm(sheet, file, context.lookup, context.limits);
  if (form === null) return { kind: "none" };
  const found = identifyUnit(
    { sheet: sheet.name, facts: form.facts, file: ownWorkbook ? file : null },
    context.units,
  );
  const where = { file, sheet: sheet.name };
  const atLine = form.facts.unitLineCell === null ? where : { ...where, cell: form.facts.unitLineCell };
  if (found.kind === "several") {
    const units = found.units.map((u) => u.name);
    return {
      kind: "refused",
      diagnostics: [diagnostic("unitAmbiguous", "error", where, { text: found.text, units })],
      units: found.units.map((u) => u.code),
    };
  }
  if (found.kind === "conflict") {
    const args = {
      first: found.first.text,
      firstUnit: found.first.unit.name,
      second: found.second.text,
      secondUnit: found.second.unit.name,
    };
    return {
      kind: "refused",
      diagnostics: [diagnostic("unitConflict", "error", atLine, args)],
      units: [found.first.unit.code, found.second.unit.code],
    };
  }
  if (found.kind === "none")
    return Object.keys(form.scores).length > 0 ? { kind: "unnamed" } : { kind: "none" };
  const years = form.facts.titleYears.length > 0 ? form.facts.titleYears : [sheetNameYear(sheet.name)];
  const otherwise = found.otherwise;
  const named = otherwise
    ? [
        diagnostic("unitNamedOtherwise", "warning", where, {
          text: otherwise.text,
          other: otherwise.unit.name,
          unit: found.unit.name,
          by: found.text,
        }),
      ]
    : [];
  return {
    kind: "source",
    diagnostics: [...named, ...form.diagnostics],
    source: {
      unit: found.unit,
      label: `${file} › ${sheet.name}`,
      location: where,
      scores: form.scores,
      blankAt: form.blankAt,
      years: years.filter((y): y is number => y !== null),
      ...(form.facts.titleCell === null ? {} : { yearCell: form.facts.titleCell }),
      sheetKey: sheetKey(file, sheet.name),
      reading: {
        unit: found.unit.code,
        table: form.reading,
        line: null,
        matchedBy: { how: `${found.by}:${found.how}`, text: found.text },
        rowsMatchedBy: form.matchedBy,
      },
    },
  };
}
