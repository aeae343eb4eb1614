import { basename, extname } from "node:path";
import type { Criterion, ScoreTable, Unit } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import type { RawSheet, RawWorkbook } from "../read/raw-workbook.js";
import type { CriterionIndex } from "./criterion-index.js";
import { normalizeName } from "./normalize-name.js";
import type { UnitScores } from "./parse-score-sheet.js";
import { parseScoreSheet } from "./parse-score-sheet.js";
import { parseScoreMatrix } from "./parse-score-matrix.js";
import type { UnitIndex } from "./unit-index.js";

/** Names of the bloc workbook's own sheets: any other sheet is a unit's score sheet or ignored. */
export const BLOC_SHEETS = {
  info: ["Thông tin", "Info"],
  units: ["Đơn vị", "Units"],
  criteria: ["Tiêu chí", "Criteria"],
  matrix: ["Bảng điểm", "Scores"],
  plan: ["Phương hướng", "Plan"],
  rules: ["Quy tắc", "Rules"],
} as const;

const OWN_SHEETS = new Set(Object.values(BLOC_SHEETS).flat().map(normalizeName));

interface ScoreSource {
  /** Where the scores are, for messages (`khoi.xlsx › BQL`). */
  label: string;
  location: Location;
  scores: UnitScores;
  blankAt: Record<string, Location>;
}

/**
 * Gathers every unit's scores from the three layouts (workbook.md): the `Bảng điểm` matrix, a sheet per
 * unit in the bloc workbook, per-unit workbooks. Each unit must have exactly one source, and a score for
 * every `chuẩn` criterion.
 */
export function collectScores(
  bloc: RawWorkbook,
  unitWorkbooks: readonly RawWorkbook[],
  units: readonly Unit[],
  criteria: readonly Criterion[],
  criterionOf: CriterionIndex,
  unitOf: UnitIndex,
): { scores: ScoreTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, ScoreSource[]>(units.map((u) => [u.code, []]));
  const addSheet = (sheet: RawSheet, file: string, unit: Unit): void => {
    const parsed = parseScoreSheet(sheet, file, criterionOf);
    diagnostics.push(...parsed.diagnostics);
    sources.get(unit.code)?.push({
      label: `${file} › ${sheet.name}`,
      location: { file, sheet: sheet.name },
      scores: parsed.scores,
      blankAt: parsed.blankAt,
    });
  };

  for (const sheet of bloc.sheets) {
    const key = normalizeName(sheet.name);
    if (BLOC_SHEETS.matrix.map(normalizeName).includes(key)) {
      const parsed = parseScoreMatrix(sheet, bloc.file, criterionOf);
      diagnostics.push(...parsed.diagnostics);
      for (const row of parsed.rows) {
        const unit = unitOf(row.unitText);
        if (!unit)
          diagnostics.push(diagnostic("unknownUnit", "error", row.location, { found: row.unitText }));
        else
          sources.get(unit.code)?.push({
            label: `${bloc.file} › ${sheet.name} › dòng ${row.location.row}`,
            location: row.location,
            scores: row.scores,
            blankAt: row.blankAt,
          });
      }
      continue;
    }
    if (OWN_SHEETS.has(key)) continue;
    const unit = unitOf(sheet.name);
    if (unit) addSheet(sheet, bloc.file, unit);
    else
      diagnostics.push(
        diagnostic("unknownSheet", "note", { file: bloc.file, sheet: sheet.name }, { sheet: sheet.name }),
      );
  }

  for (const workbook of unitWorkbooks) {
    let matched = 0;
    for (const sheet of workbook.sheets) {
      const unit = unitOf(sheet.name);
      if (unit) {
        matched++;
        addSheet(sheet, workbook.file, unit);
      }
    }
    if (matched > 0) continue;
    // A workbook with one sheet is the unit named by the file (workbook.md layout 2).
    const only = workbook.sheets.length === 1 ? workbook.sheets[0] : undefined;
    const fileUnit = unitOf(basename(workbook.file, extname(workbook.file)).normalize("NFC"));
    if (only && fileUnit) addSheet(only, workbook.file, fileUnit);
    else
      diagnostics.push(
        diagnostic(
          "unitFileUnmatched",
          "error",
          { file: workbook.file },
          { sheets: workbook.sheets.map((s) => s.name) },
        ),
      );
  }

  const scores: ScoreTable = {};
  for (const unit of units) {
    const found = sources.get(unit.code) ?? [];
    const [first, second] = found;
    if (!first) {
      diagnostics.push(diagnostic("scoreSheetMissing", "error", unit.location, { unit: unit.code }));
      continue;
    }
    if (second) {
      diagnostics.push(
        diagnostic("scoresTwice", "error", second.location, {
          unit: unit.code,
          first: first.label,
          second: second.label,
        }),
      );
      continue;
    }
    scores[unit.code] = first.scores;
    for (const criterion of criteria) {
      if (criterion.type === "standard" && first.scores[criterion.code] === undefined) {
        diagnostics.push(
          diagnostic("missingScore", "error", first.blankAt[criterion.code] ?? first.location, {
            unit: unit.code,
            criterion: criterion.code,
          }),
        );
      }
    }
  }
  return { scores, diagnostics };
}
