import type { Criterion, ScoreTable, Unit } from "../../model/bloc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { RawWorkbook } from "../../read/raw-workbook.js";
import { BLOC_SHEETS } from "../bloc-sheets.js";
import type { SectionLimits } from "../criteria/check-group-maxima.js";
import type { CriterionLookup } from "../criteria/criterion-lookup.js";
import { normalizeName } from "../normalize-name.js";
import type { BlocReading, UnitReading } from "../reading.js";
import type { UnitIndex } from "../unit-index.js";
import type { ScoreSource } from "./choose-source.js";
import { chooseSource } from "./choose-source.js";
import { collapseCriteria, collapseScores } from "./collapse-criteria.js";
import type { DeclaredRank } from "./declared-ranks.js";
import { parseScoreMatrix } from "./parse-score-matrix.js";
import { matrixRead, readBlocSheet } from "./read-bloc-sheet.js";
import { readUnitWorkbook } from "./read-unit-workbook.js";
import type { SheetRead } from "./sheet-read.js";

const OWN_SHEETS = new Set(
  [
    ...BLOC_SHEETS.info,
    ...BLOC_SHEETS.units,
    ...BLOC_SHEETS.criteria,
    ...BLOC_SHEETS.plan,
    ...BLOC_SHEETS.rules,
    ...BLOC_SHEETS.history,
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
 * master table with units as columns or rows. Each unit must have exactly one source for the bloc's year,
 * and a score for every `chuẩn` criterion. A sheet that could hold a unit's points but names no unit is
 * an error. The problems of a sheet set aside (last year's copy) are set aside with it.
 */
export function collectScores(input: ScoreInputs): CollectedScores {
  const { bloc } = input;
  const reads: SheetRead[] = [];
  for (const sheet of bloc.sheets) {
    const key = normalizeName(sheet.name);
    if (OWN_SHEETS.has(key)) continue;
    if (MATRIX_SHEETS.has(key)) {
      const parsed = parseScoreMatrix(sheet, bloc.file, input.criteria, input.lookup, input.units);
      reads.push(matrixRead(sheet, bloc.file, parsed, parsed.headerRow));
    } else reads.push(readBlocSheet(sheet, bloc.file, input));
  }
  for (const workbook of input.unitWorkbooks) reads.push(...readUnitWorkbook(workbook, input));

  const diagnostics: Diagnostic[] = [];
  const ignoredSheets = reads.flatMap((r) => r.ignored);
  const refused = new Set(reads.flatMap((r) => r.refusedUnits));
  const chosen = new Map<string, ScoreSource>();
  for (const unit of input.units) {
    const found = reads.flatMap((r) => r.sources.filter((s) => s.unit.code === unit.code));
    if (found.length === 0 && refused.has(unit.code)) continue;
    const source = chooseSource(unit, found, input.year, diagnostics, ignoredSheets);
    if (source !== null) chosen.set(unit.code, source);
  }
  const used = new Set([...chosen.values()].flatMap((s) => [s.sheetKey, ...(s.alsoSheetKeys ?? [])]));
  const counted = reads.filter((r) => r.sources.length === 0 || used.has(r.key));
  for (const r of counted) diagnostics.push(...r.diagnostics);

  // A master table that scores groups or the whole bonus sets the grain for every unit.
  const grain = collapseCriteria(
    input.criteria,
    counted.flatMap((r) => r.collapsed),
  );
  const scores: ScoreTable = {};
  const readings: UnitReading[] = [];
  for (const unit of input.units) {
    const source = chosen.get(unit.code);
    if (source === undefined) continue;
    const unitScores = collapseScores(source.scores, grain.codeOf);
    scores[unit.code] = unitScores;
    readings.push({ ...source.reading, name: unit.name });
    const missing = grain.criteria.filter((c) => c.type === "standard" && unitScores[c.code] === undefined);
    diagnostics.push(...missingScores(unit, missing, source));
  }
  return {
    scores,
    criteria: grain.criteria,
    declaredRanks: counted.flatMap((r) => r.ranks),
    reading: { units: readings, ignoredSheets },
    diagnostics,
  };
}

/** Past this many, a unit's missing scores are one error, not one per criterion (a form scored by group). */
const MANY_MISSING = 3;

function missingScores(unit: Unit, missing: readonly Criterion[], source: ScoreSource): Diagnostic[] {
  if (missing.length > MANY_MISSING) {
    const where = source.blankAt[missing[0]?.code ?? ""] ?? source.location;
    return [
      diagnostic("missingScoresMany", "error", where, {
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
