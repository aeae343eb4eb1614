import { INFO_LABELS } from "../model/workbook-labels.js";
import { readWorkbook } from "../read/read-workbook.js";
import { BLOC_SHEETS } from "../validate/bloc-sheets.js";
import { displayText } from "../validate/cell-values.js";
import { readKeyValues } from "../validate/key-values.js";
import { normalizeHeader, normalizeName } from "../validate/normalize-name.js";

/** What the index can say of a bloc that failed: its name and year, when they could be read. */
export interface BlocTitle {
  name: string | null;
  year: number | null;
}

const INFO_SHEETS = new Set(BLOC_SHEETS.info.map(normalizeName));
const NAME_KEYS = new Set([INFO_LABELS.name, "Tên cụm", "Name"].map(normalizeHeader));
const YEAR_KEYS = new Set([INFO_LABELS.year, "Year"].map(normalizeHeader));

/**
 * The `Tên khối` and `Năm` of a bloc workbook that failed validation, read leniently from its
 * `Thông tin` sheet, so that the batch index names the bloc (issue: a failed row had no name or
 * year). Only for the index: nothing here is checked, and an unreadable file gives nulls.
 */
export async function readBlocTitle(file: string): Promise<BlocTitle> {
  const read = await readWorkbook(file).catch(() => null);
  const sheet = read?.workbook?.sheets.find((s) => INFO_SHEETS.has(normalizeName(s.name)));
  const title: BlocTitle = { name: null, year: null };
  if (sheet === undefined) return title;
  for (const row of readKeyValues(sheet, file)) {
    const text = displayText(row.value).trim();
    if (text === "") continue;
    if (title.name === null && NAME_KEYS.has(row.normalizedKey)) title.name = text;
    if (title.year === null && YEAR_KEYS.has(row.normalizedKey) && /^\d{4}$/.test(text))
      title.year = Number(text);
  }
  return title;
}
