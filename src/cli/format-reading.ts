import type { BlocReading, TableReading } from "../validate/reading.js";
import type { ColumnRole } from "../validate/table/header-roles.js";
import type { Terminal } from "./terminal.js";

const ROLE_WORDS: Record<ColumnRole, string> = {
  no: "số thứ tự",
  code: "mã",
  content: "nội dung",
  max: "điểm tối đa",
  type: "loại",
  group: "nhóm",
  self: "tự chấm",
  agreed: "khối chấm",
  bonus: "điểm thưởng",
  deduction: "điểm trừ",
  total: "tổng",
  rank: "xếp hạng",
  unit: "đơn vị",
  unitCode: "mã đơn vị",
  note: "ghi chú",
  rating: "xếp loại",
  rate: "tỷ lệ (không phải điểm)",
};

const BY_WORDS: Record<string, string> = {
  sheet: "tên trang tính",
  unitLine: 'dòng "Đơn vị:"',
  banner: "tên cơ quan ở đầu trang",
  file: "tên tệp",
  column: "tiêu đề cột",
  row: "dòng của đơn vị",
};

const HOW_WORDS: Record<string, string> = {
  code: "mã",
  name: "tên đầy đủ",
  cutName: "tên bị cắt ở 31 ký tự",
  nameInText: "tên nằm trong",
  codeInText: "mã nằm trong",
  abbreviation: "tên viết tắt — xin kiểm tra",
  abbreviationInText: "tên viết tắt nằm trong — xin kiểm tra",
};

/** `8, 12, 16` or `8–16` for a run; long lists cut with `…`. */
function rows(list: readonly number[]): string {
  if (list.length === 0) return "";
  const shown = list.slice(0, 12).join(", ");
  return list.length > 12 ? `${shown}… (${list.length} dòng)` : shown;
}

function tableLines(t: TableReading, indent: string): string[] {
  const lines: string[] = [];
  const header =
    t.header.first === t.header.last ? `dòng ${t.header.first}` : `dòng ${t.header.first}–${t.header.last}`;
  const body = t.rows ? `, dữ liệu dòng ${t.rows.first}–${t.rows.last}` : "";
  lines.push(`${indent}tiêu đề ${header}${body}${t.numberRow ? ` (bỏ qua dòng số cột ${t.numberRow})` : ""}`);
  const columns = t.columns.map((c) => `${ROLE_WORDS[c.role]} = "${c.header}" (${c.cell})`).join("; ");
  if (columns) lines.push(`${indent}cột: ${columns}`);
  if (t.ignored.length > 0)
    lines.push(
      `${indent}cột không tính điểm: ${t.ignored.map((c) => `"${c.header}" (${c.cell})`).join(", ")}`,
    );
  const parts: string[] = [];
  if (t.groups.length) parts.push(`dòng nhóm (đối chiếu, không cộng) ${rows(t.groups)}`);
  const bonus = t.sections.filter((s) => s.type === "bonus").map((s) => s.row);
  const deduction = t.sections.filter((s) => s.type === "deduction").map((s) => s.row);
  if (bonus.length) parts.push(`mục điểm thưởng ${rows(bonus)}`);
  if (deduction.length) parts.push(`mục điểm trừ ${rows(deduction)}`);
  if (t.totals.length) parts.push(`dòng tổng (đối chiếu) ${rows(t.totals)}`);
  if (t.ranks.length) parts.push(`dòng xếp hạng (đối chiếu) ${rows(t.ranks)}`);
  if (t.explanations.length) parts.push(`dòng diễn giải ${rows(t.explanations)}`);
  if (t.spacers.length) parts.push(`dòng trống ${rows(t.spacers)}`);
  if (parts.length) lines.push(`${indent}${parts.join("; ")}`);
  if (t.codesFromNumbering)
    lines.push(
      `${indent}mã tiêu chí lấy theo nhóm và số thứ tự (số thứ tự đánh lại trong từng nhóm): ${t.codesFromNumbering.join(", ")}…`,
    );
  return lines;
}

const MATCH_WORDS: Record<string, string> = {
  code: "theo mã",
  path: "theo nhóm và số thứ tự",
  loosePath: "theo số thứ tự (nhóm viết khác) — xin kiểm tra",
  content: "theo nội dung tiêu chí — xin kiểm tra",
};

/**
 * How the workbooks were read, for the secretary to check in one screen (workbook.md): the criteria
 * table, then each unit's source with the columns and rows as understood, then what was left aside.
 */
export function formatReading(term: Terminal, reading: BlocReading): string[] {
  const lines: string[] = [term.color.bold("Cách chương trình đọc bảng tính:")];
  const shownTables = new Map<string, string>();
  if (reading.criteria) {
    lines.push(`  Tiêu chí: ${reading.criteria.file} › ${reading.criteria.sheet}`);
    lines.push(...tableLines(reading.criteria, "    "));
  }
  for (const u of reading.units) {
    const [by = "", how = ""] = u.matchedBy.how.split(":");
    const recognised = `${BY_WORDS[by] ?? by} "${u.matchedBy.text}" (${HOW_WORDS[how] ?? how})`;
    const where = u.table
      ? `${u.table.file} › ${u.table.sheet}${u.line ? ` › ${u.line}` : ""}`
      : (u.line ?? "");
    lines.push(`  ${u.unit} — ${u.name ?? ""}: ${where}; nhận ra qua ${recognised}`);
    let described = false;
    if (u.table) {
      // Forms laid out alike are described once: the secretary reads what differs.
      const shape = JSON.stringify({ ...u.table, file: "", sheet: "" });
      const key = u.line === null ? shape : `${u.table.file}\u0000${u.table.sheet}`;
      const first = shownTables.get(key);
      described = first === undefined;
      if (first === undefined) {
        shownTables.set(key, u.unit);
        lines.push(...tableLines(u.table, "    "));
      } else if (u.line === null) lines.push(`    đọc như bảng của ${first}`);
    }
    const matched = Object.entries(u.rowsMatchedBy ?? {}).filter(([how]) => how !== "code");
    if (matched.length > 0 && (u.line === null || described))
      lines.push(
        `    dòng khớp tiêu chí: ${matched.map(([how, n]) => `${String(n)} dòng ${MATCH_WORDS[how] ?? how}`).join(", ")}`,
      );
  }
  if (reading.ignoredSheets.length > 0) {
    lines.push("  Bỏ qua:");
    for (const s of reading.ignoredSheets) lines.push(`    ${s.file} › ${s.sheet} (${s.why})`);
  }
  return lines;
}
