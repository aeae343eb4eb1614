import type { Criterion, ScoreTable, Unit } from "../../model/bloc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawSheet, RawWorkbook } from "../../read/raw-workbook.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { BLOC_SHEETS } from "../bloc-sheets.js";
import { normalizeName } from "../normalize-name.js";
import type { BlocReading, UnitReading } from "../reading.js";
import type { UnitIndex } from "../unit-index.js";
import { closestUnit, matchUnit } from "../units/match-unit.js";
import { formSource } from "./form-source.js";
import { fileStem } from "./identify-unit.js";
import { parseMasterColumns } from "./parse-master-columns.js";
import type { ParsedMatrix } from "./parse-score-matrix.js";
import { parseScoreMatrix } from "./parse-score-matrix.js";
import type { CollapsedColumn } from "./collapse-criteria.js";
import { collapseCriteria, collapseScores } from "./collapse-criteria.js";
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
/** The headers a unit's form needs, as the message names them. */
const FORM_HEADERS = ["Mã tiêu chí (hoặc TT, Nội dung)", "Tự chấm (hoặc Khối chấm)"];

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
  /** Units whose only source was refused with its own error: not also "no score sheet". */
  const reported = new Set<string>();
  const collapsed: CollapsedColumn[] = [];
  const readMatrix = (parsed: ParsedMatrix) => {
    diagnostics.push(...parsed.diagnostics);
    for (const row of parsed.rows) add({ ...row, years: [] });
    collapsed.push(...parsed.collapsed);
    ranks.push(...parsed.declaredRanks);
  };

  const context = { units, lookup, limits };
  /** Reads a sheet as a unit's form; `unnamed` and `none` are left to the caller. */
  const readForm = (sheet: RawSheet, file: string, ownWorkbook: boolean): "read" | "unnamed" | "none" => {
    const found = formSource(sheet, file, ownWorkbook, context);
    if (found.kind === "unnamed" || found.kind === "none") return found.kind;
    diagnostics.push(...found.diagnostics);
    if (found.kind === "source") add(found.source);
    return "read";
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
      reported.add(unit.code);
      diagnostics.push(diagnostic("headerNotFound", "error", where, { headers: FORM_HEADERS }));
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
    if (read === 0 && unnamed.length === 0) {
      // A unit's file whose table was not found: say that, not that the file names no unit.
      const named = [fileStem(workbook.file), ...workbook.sheets.map((s) => s.name)]
        .map((text) => matchUnit(text, units))
        .find((m) => m.kind === "one");
      if (named?.kind === "one") {
        reported.add(named.unit.code);
        for (const sheet of workbook.sheets.filter((s) =>
          s.rows.some((r) => r.some((c) => c.kind !== "empty")),
        ))
          diagnostics.push(
            diagnostic(
              "headerNotFound",
              "error",
              { file: workbook.file, sheet: sheet.name },
              { headers: FORM_HEADERS },
            ),
          );
        continue;
      }
    }
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
    const found = sources.get(unit.code) ?? [];
    if (found.length === 0 && reported.has(unit.code)) continue;
    const chosen = chooseSource(unit, found, input.year, diagnostics, ignoredSheets);
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
