import type { Criterion, CriterionType, Hundredths } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { formatPoints, toHundredths } from "../model/points.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { displayText, isEmpty, readNumber, readText } from "./cell-values.js";
import type { ColumnSpec, TableCell } from "./find-table.js";
import { findTable } from "./find-table.js";
import { checkTableLength } from "./check-table-length.js";
import { duplicateCodeChecker } from "./duplicate-codes.js";
import { normalizeName } from "./normalize-name.js";

type CriterionColumn = "no" | "code" | "content" | "max" | "type" | "group";

/** Columns of `Tiêu chí` (workbook.md). */
export const CRITERION_COLUMNS: readonly ColumnSpec<CriterionColumn>[] = [
  { key: "no", names: ["STT", "No"], required: false },
  { key: "code", names: ["Mã", "Mã tiêu chí", "Code"], required: true },
  { key: "content", names: ["Nội dung", "Nội dung tiêu chí", "Content"], required: true },
  { key: "max", names: ["Điểm tối đa", "Max"], required: true },
  { key: "type", names: ["Loại", "Type"], required: false },
  { key: "group", names: ["Nhóm", "Group"], required: false },
];

const TYPES: Record<string, CriterionType> = {
  chuan: "standard",
  standard: "standard",
  thuong: "bonus",
  "diem thuong": "bonus",
  cong: "bonus",
  "diem cong": "bonus",
  bonus: "bonus",
  tru: "deduction",
  "diem tru": "deduction",
  deduction: "deduction",
};

/** A section heading typed as a row (`I`, `II.`, `A`) with no maximum: a group, not a criterion. */
const SECTION_CODE = /^([IVXLC]+|[A-Z])\.?$/i;

/** Reads `Tiêu chí`; a heading row with a Roman-numeral code and no maximum names the group of the rows under it. */
export function parseCriteria(
  sheet: RawSheet,
  file: string,
): { criteria: Criterion[]; diagnostics: Diagnostic[] } {
  const { table, diagnostics } = findTable(sheet, file, CRITERION_COLUMNS);
  const criteria: Criterion[] = [];
  if (!table) return { criteria, diagnostics };
  if (table.rows.length === 0)
    diagnostics.push(diagnostic("emptyTable", "error", { file, sheet: sheet.name }));
  const tooLong = checkTableLength(table.rows.length, "tiêu chí", { file, sheet: sheet.name });
  if (tooLong) diagnostics.push(tooLong);
  const isDuplicate = duplicateCodeChecker("duplicateCriterionCode");
  let heading: string | null = null;

  const text = (cell: TableCell): string | null => {
    if (isEmpty(cell.value)) return null;
    const t = readText(cell.value, cell.location);
    if (!t.ok) diagnostics.push(t.diagnostic);
    return t.ok ? t.value : null;
  };

  for (const row of table.rows) {
    const c = row.cells;
    const code = text(c.code);
    const content = text(c.content);
    if (
      code !== null &&
      content !== null &&
      isEmpty(c.max.value) &&
      isEmpty(c.type.value) &&
      SECTION_CODE.test(code)
    ) {
      heading = `${code}${code.endsWith(".") ? "" : "."} ${content}`;
      continue;
    }
    if (code === null)
      diagnostics.push(diagnostic("valueRequired", "error", c.code.location, { field: "Mã" }));
    if (content === null && isEmpty(c.content.value)) {
      diagnostics.push(diagnostic("valueRequired", "error", c.content.location, { field: "Nội dung" }));
    }
    let max: Hundredths | null = null;
    if (isEmpty(c.max.value))
      diagnostics.push(diagnostic("valueRequired", "error", c.max.location, { field: "Điểm tối đa" }));
    else {
      const n = readNumber(c.max.value, c.max.location, "lớn hơn 0");
      const h = n.ok ? toHundredths(n.value) : null;
      if (!n.ok) diagnostics.push(n.diagnostic);
      else if (h === null || h <= 0) {
        diagnostics.push(
          diagnostic("invalidValue", "error", c.max.location, {
            field: "Điểm tối đa",
            expected: "một số lớn hơn 0, tối đa 2 chữ số thập phân",
            found: displayText(c.max.value),
          }),
        );
      } else max = h;
    }
    const typeText = text(c.type);
    let type: CriterionType = "standard";
    if (typeText !== null) {
      const t = TYPES[normalizeName(typeText)];
      if (t === undefined) {
        diagnostics.push(
          diagnostic("invalidValue", "error", c.type.location, {
            field: "Loại",
            expected: "chuẩn, thưởng hoặc trừ",
            found: typeText,
          }),
        );
      } else type = t;
    }
    const duplicate = code === null ? null : isDuplicate(code, row.row, { file, sheet: sheet.name });
    if (duplicate) {
      diagnostics.push(duplicate);
      continue;
    }
    if (code === null || content === null || max === null) continue;
    criteria.push({
      code,
      content,
      max,
      type,
      group: text(c.group) ?? heading,
      location: { file, sheet: sheet.name, row: row.row },
    });
  }
  checkCriteriaTotal(table.totalRow?.cells.max, criteria, diagnostics);
  return { criteria, diagnostics };
}

/** The secretary's total of maxima should be the standard maximum (or all rows summed). */
function checkCriteriaTotal(
  cell: TableCell | undefined,
  criteria: readonly Criterion[],
  diagnostics: Diagnostic[],
): void {
  if (!cell || isEmpty(cell.value)) return;
  const n = readNumber(cell.value, cell.location);
  if (!n.ok) {
    if (cell.value.kind === "error" || cell.value.kind === "noResult") diagnostics.push(n.diagnostic);
    return;
  }
  const found = toHundredths(n.value);
  const standard = criteria.filter((c) => c.type === "standard").reduce((s, c) => s + c.max, 0);
  const all = criteria.reduce((s, c) => s + c.max, 0);
  if (found !== standard && found !== all) {
    diagnostics.push(
      diagnostic("totalMismatch", "warning", cell.location, {
        found: displayText(cell.value),
        expected: formatPoints(standard),
      }),
    );
  }
}
