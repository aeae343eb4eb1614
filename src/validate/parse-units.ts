import type { AwardKind, Unit } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { UNIT_HEADERS } from "../model/workbook-labels.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { displayText, isEmpty, readNumber, readText } from "./cell-values.js";
import type { ColumnSpec, TableCell } from "./find-table.js";
import { findTable } from "./find-table.js";
import { checkTableLength } from "./check-table-length.js";
import { duplicateCodeChecker } from "./duplicate-codes.js";
import { isNoAward, parseAward, parseRating } from "./parse-enums.js";

type UnitColumn =
  | "no"
  | "code"
  | "name"
  | "rotationOrder"
  | "noRotation"
  | "rating"
  | "discipline"
  | "women"
  | "votes"
  | "award"
  | "superior"
  | "note";

/** Columns of `Đơn vị` (workbook.md). */
export const UNIT_COLUMNS: readonly ColumnSpec<UnitColumn>[] = [
  { key: "no", names: [UNIT_HEADERS.no, "No"], required: false },
  { key: "code", names: [UNIT_HEADERS.code, "Mã đơn vị", "Code"], required: true },
  { key: "name", names: [UNIT_HEADERS.name, "Name"], required: true },
  { key: "rotationOrder", names: [UNIT_HEADERS.rotationOrder, "Rotation order"], required: false },
  { key: "noRotation", names: [UNIT_HEADERS.noRotation, "No rotation"], required: false },
  { key: "rating", names: [UNIT_HEADERS.rating, "Rating"], required: false },
  { key: "discipline", names: [UNIT_HEADERS.discipline, "Discipline"], required: false },
  { key: "women", names: [UNIT_HEADERS.women, "Women ratio"], required: false },
  { key: "votes", names: [UNIT_HEADERS.votes, "Votes"], required: false },
  { key: "award", names: [UNIT_HEADERS.award, "Award"], required: false },
  { key: "superior", names: [UNIT_HEADERS.superior, "Cơ quan cấp trên", "Superior"], required: false },
  { key: "note", names: [UNIT_HEADERS.note, "Note"], required: false },
];

/** Reads the `Đơn vị` sheet into units; every row's problems are reported, duplicates by code. */
export function parseUnits(sheet: RawSheet, file: string): { units: Unit[]; diagnostics: Diagnostic[] } {
  const { table, diagnostics } = findTable(sheet, file, UNIT_COLUMNS);
  const units: Unit[] = [];
  if (!table) return { units, diagnostics };
  if (table.rows.length === 0)
    diagnostics.push(diagnostic("emptyTable", "error", { file, sheet: sheet.name }));
  const tooLong = checkTableLength(table.rows.length, "đơn vị", { file, sheet: sheet.name });
  if (tooLong) diagnostics.push(tooLong);
  const isDuplicate = duplicateCodeChecker("duplicateUnitCode");

  const optionalText = (cell: TableCell): string | null => {
    if (isEmpty(cell.value)) return null;
    const t = readText(cell.value, cell.location);
    if (!t.ok) {
      diagnostics.push(t.diagnostic);
      return null;
    }
    return t.value;
  };
  const requiredText = (cell: TableCell, field: string): string | null => {
    const t = optionalText(cell);
    if (t === null && isEmpty(cell.value))
      diagnostics.push(diagnostic("valueRequired", "error", cell.location, { field }));
    return t;
  };
  const optionalNumber = (
    cell: TableCell,
    field: string,
    check: (n: number) => boolean,
    expected: string,
  ): number | null => {
    if (isEmpty(cell.value)) return null;
    const n = readNumber(cell.value, cell.location);
    if (!n.ok) {
      diagnostics.push(n.diagnostic);
      return null;
    }
    if (!check(n.value)) {
      diagnostics.push(
        diagnostic("invalidValue", "error", cell.location, {
          field,
          expected,
          found: displayText(cell.value),
        }),
      );
      return null;
    }
    return n.value;
  };

  table.rows.forEach((row, index) => {
    const c = row.cells;
    const code = requiredText(c.code, UNIT_HEADERS.code);
    const name = requiredText(c.name, UNIT_HEADERS.name);
    const duplicate = code === null ? null : isDuplicate(code, row.row, { file, sheet: sheet.name });
    if (duplicate) diagnostics.push(duplicate);
    const ratingText = optionalText(c.rating);
    const rating = ratingText === null ? null : parseRating(ratingText);
    if (ratingText !== null && rating === null)
      diagnostics.push(diagnostic("unknownRating", "error", c.rating.location, { found: ratingText }));

    const womenText = isEmpty(c.women.value) ? "" : displayText(c.women.value);
    const percent = womenText.trim().endsWith("%");
    const womenCell: TableCell = percent
      ? { ...c.women, value: { kind: "text", value: womenText.trim().slice(0, -1) } }
      : c.women;
    const womenRaw = optionalNumber(
      womenCell,
      UNIT_HEADERS.women,
      (n) => n >= 0 && n <= 100,
      "một tỷ lệ như 0,72, 72% hoặc 72",
    );
    // 0.72, 72% and 72 all mean 72% (workbook.md); a bare number above 1 is a percentage.
    const womenRatio = womenRaw === null ? null : percent || womenRaw > 1 ? womenRaw / 100 : womenRaw;

    const awardText = optionalText(c.award);
    let awardOverride: AwardKind[] | null = null;
    if (awardText !== null) {
      awardOverride = [];
      for (const part of awardText
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== "")) {
        if (isNoAward(part)) continue;
        const award = parseAward(part);
        if (award === null)
          diagnostics.push(diagnostic("unknownAward", "error", c.award.location, { found: part }));
        else if (!awardOverride.includes(award)) awardOverride.push(award);
      }
    }
    if (code === null || name === null) return;
    units.push({
      code,
      name,
      index,
      rotationOrder: optionalNumber(
        c.rotationOrder,
        UNIT_HEADERS.rotationOrder,
        Number.isInteger,
        "một số nguyên",
      ),
      noRotation: !isEmpty(c.noRotation.value),
      rating,
      discipline: optionalText(c.discipline),
      womenRatio,
      votes: optionalNumber(
        c.votes,
        UNIT_HEADERS.votes,
        (n) => Number.isInteger(n) && n >= 0,
        "một số nguyên không âm",
      ),
      awardOverride,
      note: optionalText(c.note),
      superior: optionalText(c.superior),
      location: { file, sheet: sheet.name, row: row.row },
    });
  });
  return { units, diagnostics };
}
