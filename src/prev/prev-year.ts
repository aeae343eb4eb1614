import type { Bloc } from "../model/bloc.js";
import type { Hundredths } from "../model/points.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { toHundredths } from "../model/points.js";
import type { JsonResult } from "../output/json-schemas.js";
import { normalizeCode, normalizeName } from "../validate/normalize-name.js";
import { blocWords } from "../view/bloc-words.js";

/** Last year's standing, as this year's report and results workbook show it beside this year's. */
export interface PrevYear {
  year: number;
  /** By this year's unit code; a unit that was not a member last year has no entry. */
  units: Record<string, { total: Hundredths; rank: number }>;
}

/**
 * Last year's result matched to this year's units: by code, else by name (a code may be changed
 * between years, a name rarely is). Warns when this year's chair or deputy is not the unit last
 * year's conference elected (its computed or assigned next chair and deputy), and when the result is
 * another bloc's. A next chair last year left undecided (a tie) is checked against nothing.
 */
export function matchPrevYear(
  bloc: Bloc,
  last: JsonResult,
  file: string,
): { prev: PrevYear; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (normalizeName(last.bloc.name) !== normalizeName(bloc.info.name)) {
    diagnostics.push(
      diagnostic("prevOtherBloc", "warning", { file }, { found: last.bloc.name, expected: bloc.info.name }),
    );
  }
  /** This year's code of a unit of last year's result. */
  const thisYearCode = (code: string): string | null => {
    const unit = last.units.find((u) => u.code === code);
    const byCode = bloc.units.find((u) => normalizeCode(u.code) === normalizeCode(code));
    if (byCode) return byCode.code;
    if (!unit) return null;
    return bloc.units.find((u) => normalizeName(u.name) === normalizeName(unit.name))?.code ?? null;
  };
  const units: PrevYear["units"] = {};
  for (const u of last.units) {
    const code = thisYearCode(u.code);
    if (code === null || units[code] !== undefined) continue;
    units[code] = { total: toHundredths(u.total) ?? Math.round(u.total * 100), rank: u.rank };
  }

  const words = blocWords(bloc.info.kind);
  const nameOf = (lastCode: string): string =>
    last.units.find((u) => u.code === lastCode)?.name ??
    last.structure.units.find((u) => u.code === lastCode)?.name ??
    lastCode;
  const thisName = (code: string | null): string =>
    code === null ? "" : (bloc.units.find((u) => u.code === code)?.name ?? code);
  const check = (role: string, elected: string | null, actual: string | null) => {
    if (elected === null) return;
    if (thisYearCode(elected) === actual && actual !== null) return;
    diagnostics.push(
      diagnostic(
        "leaderNotElected",
        "warning",
        { file: bloc.file, sheet: "Thông tin" },
        {
          role,
          year: bloc.info.year,
          elected: nameOf(elected),
          found: actual === null ? "" : thisName(actual),
        },
      ),
    );
  };
  check(words.chair, last.rotation.next.chair, bloc.info.chair);
  check(words.deputy, last.rotation.next.deputy, bloc.info.deputy);
  return { prev: { year: last.bloc.year, units }, diagnostics };
}
