import type { Unit } from "../../model/bloc.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import type { BlocReading, UnitReading } from "../reading.js";
import type { UnitScores } from "./read-form-table.js";

/** One place that holds a unit's points. */
export interface ScoreSource {
  unit: Unit;
  /** For messages: `khoi.xlsx › BQL`, `khoi.xlsx › Bảng điểm › dòng 5`. */
  label: string;
  location: Location;
  scores: UnitScores;
  blankAt: Record<string, Location>;
  /** Years its title or sheet name gives (`NĂM 2024`, `Năm 2023`); empty when it says none. */
  years: number[];
  /** Where its title names the year, for a message. */
  yearCell?: string;
  /** The sheet it was read from (`file\u0000sheet`): the sheet's problems count only if a source of it is used. */
  sheetKey: string;
  /** More sheets it was made of (a unit's `Tự chấm` and `Khối chấm` sheets), whose problems count too. */
  alsoSheetKeys?: string[];
  reading: UnitReading;
}

/**
 * The one source of a unit's points. Several sources are allowed only when exactly one is of the bloc's
 * year (last year's sheet kept beside this year's copy, `SNV` and `SNV (2)`); otherwise the candidates
 * are listed and the unit refused — never the first one taken in silence. A source whose title names
 * another year than the bloc's is refused too (last year's form sent by mistake).
 */
export function chooseSource(
  unit: Unit,
  found: readonly ScoreSource[],
  year: number | null,
  diagnostics: Diagnostic[],
  ignored: BlocReading["ignoredSheets"],
): ScoreSource | null {
  if (found.length === 0) {
    diagnostics.push(diagnostic("scoreSheetMissing", "error", unit.location, { unit: unit.code }));
    return null;
  }
  let candidates = [...found];
  if (candidates.length > 1 && year !== null) {
    const ofYear = candidates.filter((s) => s.years.includes(year));
    if (ofYear.length === 1) {
      for (const s of candidates) {
        if (s !== ofYear[0] && s.location.sheet !== undefined)
          ignored.push({
            file: s.location.file,
            sheet: s.location.sheet,
            why: `năm ${s.years.join(", ") || "?"}, không phải năm ${year}`,
          });
      }
      candidates = ofYear;
    }
  }
  const pair = selfAndAgreed(candidates);
  if (pair !== null) candidates = [pair];
  const [first, second] = candidates;
  if (first === undefined) return null;
  if (second !== undefined) {
    diagnostics.push(
      diagnostic("scoresTwice", "error", second.location, {
        unit: unit.code,
        first: first.label,
        second: second.label,
        sources: candidates.map((s) => `${s.label}${s.years.length ? ` (năm ${s.years.join(", ")})` : ""}`),
        year: year ?? "",
      }),
    );
    return null;
  }
  if (year !== null && first.years.length > 0 && !first.years.includes(year)) {
    const where = first.yearCell === undefined ? first.location : { ...first.location, cell: first.yearCell };
    diagnostics.push(
      diagnostic("formYearDiffers", "error", where, {
        unit: unit.code,
        found: first.years.join(", "),
        year,
      }),
    );
    return null;
  }
  return first;
}

/**
 * A unit's workbook with its own points on one sheet (`Tự chấm`) and the bloc's checked points on
 * another (`Khối chấm`), row for row: one source, the agreed points counting and the unit's kept beside
 * them, as the two columns of one form would give.
 */
function selfAndAgreed(candidates: readonly ScoreSource[]): ScoreSource | null {
  const [a, b] = candidates;
  if (candidates.length !== 2 || a === undefined || b === undefined || a.location.file !== b.location.file)
    return null;
  const only = (s: ScoreSource, source: "self" | "bloc") => {
    const scores = Object.values(s.scores);
    return (
      scores.length > 0 &&
      scores.every((x) => x.source === source && (source === "bloc" ? x.selfPoints === null : true))
    );
  };
  const self = only(a, "self") ? a : only(b, "self") ? b : null;
  const agreed = self === a ? b : a;
  if (self === null || !only(agreed, "bloc")) return null;
  if (a.years.join() !== b.years.join()) return null;
  const scores: ScoreSource["scores"] = {};
  for (const [code, own] of Object.entries(self.scores)) {
    const bloc = agreed.scores[code];
    scores[code] = bloc === undefined ? own : { ...bloc, selfPoints: own.points };
  }
  for (const [code, bloc] of Object.entries(agreed.scores)) scores[code] ??= bloc;
  return {
    ...agreed,
    scores,
    label: `${self.label} + ${agreed.label}`,
    blankAt: { ...self.blankAt },
    alsoSheetKeys: [self.sheetKey],
  };
}
