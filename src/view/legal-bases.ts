import type { Bloc, CalendarDate } from "../model/bloc.js";
import type { LegalBasesPeriod } from "./legal-bases-by-date.js";
import { LEGAL_BASES_BY_DATE, MINUTES_LEGAL_BASIS } from "./legal-bases-by-date.js";
import { formatDateNoPrefix } from "./text/vietnamese-date.js";

const dayNumber = (d: CalendarDate): number => d.year * 10_000 + d.month * 100 + d.day;

/** The law and decree in force on a date (the period of `LEGAL_BASES_BY_DATE` holding it). */
export function legalBasesOn(
  date: CalendarDate,
  table: readonly LegalBasesPeriod[] = LEGAL_BASES_BY_DATE,
): readonly string[] {
  const day = dayNumber(date);
  const period = table.find(
    (p) => (p.from === null || dayNumber(p.from) <= day) && (p.to === null || day <= dayNumber(p.to)),
  );
  if (period === undefined) throw new Error(`no legal bases for ${formatDateNoPrefix(date)}`);
  return period.lines;
}

/**
 * The `Căn cứ` lines: the bloc's own list (`legalBases` / `Căn cứ`), or the law and decree in force
 * on the meeting date followed by the conference's minutes, with the placeholders `{Tên khối}`,
 * `{Ngày họp}` and `{Năm}` filled in. A leading `Căn cứ` and the final `;`/`.`/`,` are removed, so
 * the template decides the punctuation.
 */
export function legalBases(bloc: Bloc): string[] {
  const lines = bloc.rules.legalBases ?? [...legalBasesOn(bloc.info.meetingDate), MINUTES_LEGAL_BASIS];
  return lines
    .map((line) =>
      line
        .replace(/\{\s*Tên khối\s*\}/giu, bloc.info.name)
        .replace(/\{\s*Ngày họp\s*\}/giu, formatDateNoPrefix(bloc.info.meetingDate))
        .replace(/\{\s*Năm\s*\}/giu, String(bloc.info.year))
        .trim()
        .replace(/^căn cứ\s+/iu, "")
        .replace(/[\s;.,]+$/u, ""),
    )
    .filter((line) => line.length > 0);
}
