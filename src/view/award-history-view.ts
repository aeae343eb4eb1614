import type { AwardRecord } from "../model/bloc.js";
import { normalizeName } from "../validate/normalize-name.js";
import type { HistoryRowView } from "./report-view-model.js";

/**
 * Emulation titles a collective holds (Luật Thi đua, khen thưởng 06/2022/QH15 art. 8 and 27–29: the
 * flags, `Tập thể lao động xuất sắc`, `Đơn vị quyết thắng`, `Tập thể lao động tiên tiến`, `Đơn vị
 * tiên tiến`), as their names begin once normalised. Everything else (Huân chương, Bằng khen, Giấy
 * khen…) is a form of commendation: the report's form lists the two apart.
 */
const TITLE_PREFIXES = [
  "co thi dua",
  "tap the lao dong",
  "don vi quyet thang",
  "don vi tien tien",
  "danh hieu",
] as const;

/** True for an emulation title (danh hiệu thi đua), false for a commendation (hình thức khen thưởng). */
export function isEmulationTitle(award: string): boolean {
  const key = normalizeName(award);
  return TITLE_PREFIXES.some((p) => key.startsWith(p));
}

/** Rows a report prints for a part with nothing recorded: blanks for the unit to fill in by hand. */
export const BLANK_HISTORY_ROWS = 3;

const blankRows = (): HistoryRowView[] =>
  Array.from({ length: BLANK_HISTORY_ROWS }, () => ({ year: "", award: "", decision: "", isBlank: true }));

/**
 * Section III of a unit's achievement report: its recorded titles and commendations, each oldest
 * first (the order of the form's table), or blank rows to fill in when none is recorded.
 */
export function awardHistoryView(
  records: readonly AwardRecord[],
  unit: string,
): { titles: HistoryRowView[]; honours: HistoryRowView[]; recorded: boolean } {
  const own = records
    .filter((r) => r.unit === unit)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.year - b.r.year || a.i - b.i)
    .map(({ r }) => r);
  const rows = (list: readonly AwardRecord[]): HistoryRowView[] =>
    list.length === 0
      ? blankRows()
      : list.map((r) => ({
          year: String(r.year),
          award: r.award,
          decision: r.decision ?? "",
          isBlank: false,
        }));
  return {
    titles: rows(own.filter((r) => isEmulationTitle(r.award))),
    honours: rows(own.filter((r) => !isEmulationTitle(r.award))),
    recorded: own.length > 0,
  };
}
