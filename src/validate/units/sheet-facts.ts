import type { RawSheet } from "../../read/raw-workbook.js";
import { cellAddress } from "../../read/raw-workbook.js";
import { displayText } from "../cell-values.js";
import { normalizeName } from "../normalize-name.js";

/** What the lines above a unit's table say about it: the year of its title, its name, its banner. */
export interface SheetFacts {
  /** Years a title names (`BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024`); a date line's year is not a title's. */
  titleYears: number[];
  /** The cell of the first title naming a year. */
  titleCell: string | null;
  /** The unit an `Đơn vị: …` line names (also `Tên đơn vị:`, `Cơ quan:`, `Đơn vị tự chấm:`). */
  unitLines: string[];
  /** The cell of the first `Đơn vị:` line. */
  unitLineCell: string | null;
  /** Short lines at the top left (the issuing body under its superior: `THANH TRA TỈNH`). */
  bannerLines: string[];
}

const UNIT_LINE = /^(ten )?(don vi|co quan|co quan, don vi|don vi tu cham|don vi cham)\s*:\s*/;
const DATE_LINE = /\bngay\b.*\bthang\b|\bthang\b.*\bnam\b \d{4}|\d{1,2}\/\d{1,2}\/\d{4}/;
const FORMAL = /^(cong hoa|doc lap|dang cong san|so:|kinh gui|\(kem theo|kem theo|can cu)/;

/** The year a sheet's name gives (`Năm 2024`, `Tự chấm 2024`, `SNV 2023`), or null. */
export function sheetNameYear(name: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(name);
  return m?.[1] ? Number(m[1]) : null;
}

/** Reads the lines above a table's header (`above` rows) for the facts a unit's form states. */
export function sheetFacts(sheet: RawSheet, above: number): SheetFacts {
  const facts: SheetFacts = {
    titleYears: [],
    titleCell: null,
    unitLines: [],
    unitLineCell: null,
    bannerLines: [],
  };
  for (let r = 0; r < Math.min(above, sheet.rows.length); r++) {
    const cells = sheet.rows[r] ?? [];
    const seen = new Set<string>();
    cells.forEach((cell, col) => {
      if (cell.kind !== "text") return;
      const text = displayText(cell).trim();
      if (text === "" || seen.has(text)) return;
      seen.add(text);
      const key = normalizeName(text);
      const unitLine = UNIT_LINE.exec(key);
      if (unitLine) {
        const value = text.slice(text.indexOf(":") + 1).trim();
        if (value !== "" && !/^[.…_\s]+$/.test(value)) {
          facts.unitLines.push(value);
          facts.unitLineCell ??= cellAddress(r, col);
        }
        return;
      }
      if (!DATE_LINE.test(key)) {
        for (const m of key.matchAll(/\bnam (19\d\d|20\d\d)\b/g)) {
          facts.titleYears.push(Number(m[1]));
          facts.titleCell ??= cellAddress(r, col);
        }
      }
      if (r < 4 && col < 3 && !FORMAL.test(key) && text.length <= 80 && !/\bnam \d{4}\b/.test(key))
        facts.bannerLines.push(text);
    });
  }
  facts.titleYears = [...new Set(facts.titleYears)];
  return facts;
}
