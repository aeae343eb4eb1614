import type { Criterion, ScoreTable, Unit } from "../../model/bloc.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet, RawWorkbook } from "../../read/raw-workbook.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { BLOC_SHEETS } from "../bloc-sheets.js";
import { normalizeName } from "../normalize-name.js";
import type { BlocReading, UnitReading } from "../reading.js";
import type { UnitIndex } from "../unit-index.js";
import { closestUnit } from "../units/match-unit.js";
import { sheetNameYear } from "../units/sheet-facts.js";
import { identifyUnit } from "./identify-unit.js";
import { parseMasterColumns } from "./parse-master-columns.js";
import type { ParsedMatrix } from "./parse-score-matrix.js";
import { parseScoreMatrix } from "./parse-score-matrix.js";
import type { CollapsedColumn } from "./collapse-criteria.js";
import { collapseCriteria, collapseScores } from "./collapse-criteria.js";
import { parseUnitForm } from "./parse-unit-form.js";
import type { DeclaredRank } from "./declared-ranks.js";
import { declaredRanks } from "./declared-ranks.js";
import type { ScoreSource } from "./choose-source.js";
import { chooseSource } from "./choose-source.js";

const OWN_SHEETS = new Set(
  [
    ...BLOC_SHEETS.info,
    ...BLOC_SHEETS.units,
    ...BLOC_SHEETS.criteria,
    ...BLOC_SHEETS.plan,
    ...BLOC_SHEETS.rules,
  ].map(normalizeName),
);
const MATRIX_SHEETS = new Set(BLOC_SHEETS.matrix.map(normalizeName));

/** What the score sheets of a bloc give: scores per unit, every problem, and how each unit was read. */
export interface CollectedScores {
  scores: ScoreTable;
  /** The criteria at the grain the scores are kept (a master table scoring groups collapses them). */
  criteria: Criterion[];
  declaredRanks: DeclaredRank[];
  reading: Omit<BlocReading, "criteria">;
  diagnostics: Diagnostic[];
}

export interface ScoreInputs {
  bloc: RawWorkbook;
  unitWorkbooks: readonly RawWorkbook[];
  units: readonly Unit[];
  criteria: readonly Criterion[];
  lookup: CriterionLookup;
  limits: SectionLimits;
  unitOf: UnitIndex;
  /** The bloc's `Năm`, which picks this year's sheet among copies; null when it could not be read. */
  year: number | null;
}

/**
 * Gathers every unit's scores from wherever a bloc keeps them (workbook.md): a sheet per unit in the bloc
 * workbook, per-unit workbooks (the unit's own form, named as the unit likes), the `Bảng điểm` matrix, a
 * master table with units as columns. Each unit must have exactly one source for the bloc's year, and a
 * score for every `chuẩn` criterion. A sheet that could hold a unit's points but names no unit is an error.
 */
export function collectScores(input: ScoreInputs): CollectedScores {
  const { bloc, units, lookup, limits } = input;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, ScoreSource[]>(units.map((u) => [u.code, []]));
  const ignoredSheets: BlocReading["ignoredSheets"] = [];
  const ranks: DeclaredRank[] = [];
  const add = (source: ScoreSource) => sources.get(source.unit.code)?.push(source);
  const collapsed: CollapsedColumn[] = [];
  const readMatrix = (parsed: ParsedMatrix) => {
    diagnostics.push(...parsed.diagnostics);
    for (const row of parsed.rows) add({ ...row, years: [] });
    collapsed.push(...parsed.collapsed);
    ranks.push(...parsed.declaredRanks);
  };

  const readForm = (sheet: RawSheet, file: string, ownWorkbook: boolean): "read" | "unnamed" | "none" => {
    const form = parseUnitForm(sheet, file, lookup, limits);
    if (form === null) return "none";
    const found = identifyUnit(
      { sheet: sheet.name, facts: form.facts, file: ownWorkbook ? file : null },
      units,
    );
    const scored = Object.keys(form.scores).length > 0;
    if (found.kind === "one") {
      diagnostics.push(...form.diagnostics);
      const year = form.facts.titleYears.length > 0 ? form.facts.titleYears : [sheetNameYear(sheet.name)];
      add({
        unit: found.unit,
        label: `${file} › ${sheet.name}`,
        location: { file, sheet: sheet.name },
        scores: form.scores,
        blankAt: form.blankAt,
        years: year.filter((y): y is number => y !== null),
        reading: {
          unit: found.unit.code,
          table: form.reading,
          line: null,
          matchedBy: { how: `${found.by}:${found.how}`, text: found.text },
        },
      });
      return "read";
    }
    const where: Location = { file, sheet: sheet.name };
    if (found.kind === "several") {
      diagnostics.push(
        diagnostic("unitAmbiguous", "error", where, {
          text: found.text,
          units: found.units.map((u) => u.name),
        }),
      );
      return "read";
    }
    if (found.kind === "conflict") {
      diagnostics.push(
        diagnostic("unitConflict", "error", where, {
          first: found.first.text,
          firstUnit: found.first.unit.name,
          second: found.second.text,
          secondUnit: found.second.unit.name,
        }),
      );
      return "read";
    }
    return scored ? "unnamed" : "none";
  };

  for (const sheet of bloc.sheets) {
    const key = normalizeName(sheet.name);
    if (OWN_SHEETS.has(key)) continue;
    if (MATRIX_SHEETS.has(key)) {
      readMatrix(parseScoreMatrix(sheet, bloc.file, input.criteria, lookup, units));
      continue;
    }
    const form = readForm(sheet, bloc.file, false);
    if (form === "read") continue;
    const where = { file: bloc.file, sheet: sheet.name };
    if (form === "unnamed") {
      diagnostics.push(
        diagnostic("sheetUnmatched", "error", where, {
          sheet: sheet.name,
          suggestion: closestUnit(sheet.name, units)?.name,
        }),
      );
      continue;
    }
    const master = parseMasterColumns(sheet, bloc.file, units, lookup, limits);
    if (master !== null) {
      diagnostics.push(...master.diagnostics);
      for (const c of master.columns) {
        add({
          unit: c.unit,
          label: `${bloc.file} › ${sheet.name} › cột ${c.column.cell.replace(/\d+$/, "")}`,
          location: { ...where, cell: c.column.cell },
          scores: c.table.scores,
          blankAt: c.table.blankAt,
          years: [],
          reading: {
            unit: c.unit.code,
            table: c.table.reading,
            line: `cột ${c.column.cell.replace(/\d+$/, "")} (${c.column.text})`,
            matchedBy: { how: `column:${c.how}`, text: c.column.text },
          },
        });
        ranks.push(...declaredRanks(sheet, bloc.file, c));
      }
      continue;
    }
    const matrix = parseScoreMatrix(sheet, bloc.file, input.criteria, lookup, units);
    if (matrix.found) {
      readMatrix(matrix);
      continue;
    }
    const unit = input.unitOf(sheet.name);
    if (unit) {
      // A sheet named for a unit must hold its table: say what is missing rather than ignore it.
      diagnostics.push(diagnostic("headerNotFound", "error", where, { headers: ["Mã tiêu chí", "Tự chấm"] }));
      continue;
    }
    ignoredSheets.push({ file: bloc.file, sheet: sheet.name, why: "không có bảng điểm" });
    diagnostics.push(diagnostic("unknownSheet", "note", where, { sheet: sheet.name }));
  }

  for (const workbook of input.unitWorkbooks) {
    let read = 0;
    const unnamed: string[] = [];
    for (const sheet of workbook.sheets) {
      const form = readForm(sheet, workbook.file, true);
      if (form === "read") read++;
      else if (form === "unnamed") unnamed.push(sheet.name);
      else ignoredSheets.push({ file: workbook.file, sheet: sheet.name, why: "không có bảng điểm" });
    }
    if (read > 0 && unnamed.length === 0) continue;
    const suggestion = closestUnit(workbook.file.replace(/.*[\\/]/, ""), units)?.name;
    diagnostics.push(
      diagnostic(
        "unitFileUnmatched",
        "error",
        { file: workbook.file },
        { sheets: workbook.sheets.map((s) => s.name), suggestion },
      ),
    );
  }

  // A master table that scores groups or the whole bonus sets the grain for every unit.
  const grain = collapseCriteria(input.criteria, collapsed);
  const scores: ScoreTable = {};
  const readings: UnitReading[] = [];
  for (const unit of units) {
    const chosen = chooseSource(unit, sources.get(unit.code) ?? [], input.year, diagnostics, ignoredSheets);
    if (chosen === null) continue;
    const unitScores = collapseScores(chosen.scores, grain.codeOf);
    scores[unit.code] = unitScores;
    readings.push({ ...chosen.reading, name: unit.name });
    const missing = grain.criteria.filter((c) => c.type === "standard" && unitScores[c.code] === undefined);
    diagnostics.push(...missingScores(unit, missing, chosen));
  }
  return {
    scores,
    criteria: grain.criteria,
    declaredRanks: ranks,
    reading: { units: readings, ignoredSheets },
    diagnostics,
  };
}

/** Past this many, a unit's missing scores are one error, not one per criterion (a form scored by group). */
const MANY_MISSING = 3;

function missingScores(unit: Unit, missing: readonly Criterion[], source: ScoreSource): Diagnostic[] {
  if (missing.length > MANY_MISSING) {
    return [
      diagnostic("missingScoresMany", "error", source.blankAt[missing[0]?.code ?? ""] ?? source.location, {
        unit: unit.code,
        count: missing.length,
        criteria: missing.slice(0, 6).map((c) => c.code),
        source: source.label,
      }),
    ];
  }
  return missing.map((criterion) =>
    diagnostic("missingScore", "error", source.blankAt[criterion.code] ?? source.location, {
      unit: unit.code,
      criterion: criterion.code,
    }),
  );
}
