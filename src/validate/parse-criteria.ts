import type { Criterion, CriterionType } from "../model/bloc.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";
import { toHundredths, type Hundredths } from "../model/points.js";
import { CRITERION_HEADERS } from "../model/workbook-labels.js";
import type { RawSheet } from "../read/raw-workbook.js";
import { cellAddress, cellAt } from "../read/raw-workbook.js";
import { decodeRef } from "../read/xlsx/cell-ref.js";
import { isEmpty, readNumber, readText, shownText } from "./cell-values.js";
import { checkTableLength } from "./check-table-length.js";
import { chooseCriterionCodes } from "./criteria/choose-codes.js";
import { checkGroupMaxima, type SectionLimits } from "./criteria/check-group-maxima.js";
import { normalizeName } from "./normalize-name.js";
import type { TableReading } from "./reading.js";
import { tableReading } from "./reading.js";
import { buildOutline, resolveGrades, type Outline } from "./table/build-outline.js";
import { checkTotals } from "./table/check-sums.js";
import { checkUnknownNumbers } from "./table/check-unknown-numbers.js";
import type { HeaderColumn } from "./table/find-header.js";
import { columnsByRole, findHeader, roleCount } from "./table/find-header.js";
import { mergeMasters } from "./table/merged-cells.js";
import { readTableRows } from "./table/read-lines.js";
import { entryOf } from "./table/entry-of.js";

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

/** The criteria of a bloc, with how they were read (for `validate` and for reading units' forms). */
export interface ParsedCriteria {
  criteria: Criterion[];
  /** A bonus or deduction section whose maximum is below the sum of its rows: a cap or a limit. */
  limits: SectionLimits;
  reading: TableReading | null;
  diagnostics: Diagnostic[];
}

/** The table needs the criterion's text and its maximum; a code column (`Mã`, `TT`, `STT`) is usual. */
function acceptCriteriaHeader(columns: readonly HeaderColumn[]): number {
  const roles = new Set(columns.map((c) => c.role));
  // A code column is usual; without one, each row's number opens its text (`1. Tuyên truyền…`).
  const ok = roles.has("content") && roles.has("max");
  return ok ? roleCount(columns) : 0;
}

/**
 * Reads `Tiêu chí`: the contract's table (`Mã`, `Nội dung`, `Điểm tối đa`, `Loại`, `Nhóm`) or a scoring
 * table pasted as published (`TT` restarting in each group, group rows carrying their group's points,
 * `ĐIỂM THƯỞNG`/`ĐIỂM TRỪ` sections, explanation rows, `TỔNG CỘNG`). Items are the criteria; group rows
 * are checks on them; every number is accounted for.
 */
export function parseCriteria(
  sheet: RawSheet,
  file: string,
  options: { numbersBeside?: boolean } = {},
): ParsedCriteria {
  const diagnostics: Diagnostic[] = [];
  const limits: SectionLimits = { bonus: null, deduction: null };
  const masterOf = mergeMasters(sheet);
  const header = findHeader(sheet, acceptCriteriaHeader, masterOf);
  if (header === null) {
    diagnostics.push(
      diagnostic(
        "headerNotFound",
        "error",
        { file, sheet: sheet.name },
        { headers: [CRITERION_HEADERS.code, CRITERION_HEADERS.content, CRITERION_HEADERS.max] },
      ),
    );
    return { criteria: [], limits, reading: null, diagnostics };
  }
  const byRole = columnsByRole(header.columns);
  const one = (role: "code" | "no" | "content" | "max" | "type" | "group"): HeaderColumn | null =>
    byRole.get(role)?.[0] ?? null;
  for (const role of ["max", "content"] as const) {
    const found = byRole.get(role) ?? [];
    if (found.length > 1) {
      diagnostics.push(
        diagnostic(
          "ambiguousColumns",
          "error",
          { file, sheet: sheet.name, cell: found[1]?.cell },
          {
            headers: found.map((c) => `${c.text} (${c.cell})`),
          },
        ),
      );
    }
  }
  const code = one("code") ?? one("no");
  const content = one("content");
  const max = one("max");
  const type = one("type");
  const group = one("group");
  if (content === null || max === null) return { criteria: [], limits, reading: null, diagnostics };
  const rows = readTableRows(
    sheet,
    header.dataStart,
    { code: code?.col ?? null, content: content.col, points: [max.col] },
    masterOf,
  );
  const outline = buildOutline(rows.lines);
  resolveGrades(outline, (i) => {
    const row = outline.nodes[i]?.line.row;
    return row === undefined ? null : (entryOf(cellAt(sheet, row, max.col), { file })?.points ?? null);
  });
  const used = new Set([code, content, max, type, group].flatMap((c) => (c === null ? [] : [c.col])));
  const tableRows = [...outline.nodes.map((n) => n.line.row), ...rows.marked.map((m) => m.row)];
  // A master table carrying the criteria has the units' columns beside them: its reader checks those.
  if (!options.numbersBeside)
    diagnostics.push(...checkUnknownNumbers(sheet, file, header.columns, used, tableRows, masterOf));
  if (rows.after) {
    diagnostics.push(
      diagnostic(
        "dataAfterTable",
        "warning",
        { file, sheet: sheet.name, row: rows.after.row + 1 },
        { emptyRow: rows.after.emptyRow + 1 },
      ),
    );
  }
  const items = outline.nodes.filter((n) => n.kind === "item");
  if (items.length === 0) diagnostics.push(diagnostic("emptyTable", "error", { file, sheet: sheet.name }));
  const tooLong = checkTableLength(items.length, "tiêu chí", { file, sheet: sheet.name });
  if (tooLong) diagnostics.push(tooLong);

  const at = (row: number, col: number): Location => ({
    file,
    sheet: sheet.name,
    cell: cellAddress(row, col),
  });
  const maxOf = new Map<number, Hundredths>();
  const typeOf = new Map<number, CriterionType>();
  outline.nodes.forEach((node, index) => {
    const row = node.line.row;
    const maxCell = cellAt(sheet, row, max.col);
    if (node.kind === "item") {
      const rowType = readType(sheet, row, type, node.type, at, diagnostics);
      typeOf.set(index, rowType);
      if (isEmpty(maxCell)) {
        diagnostics.push(diagnostic("valueRequired", "error", at(row, max.col), { field: "Điểm tối đa" }));
      } else {
        const h = readMax(maxCell, at(row, max.col), rowType === "deduction", diagnostics);
        if (h !== null) maxOf.set(index, h);
      }
    } else if (node.kind === "group" && !isEmpty(maxCell)) {
      const h = readMax(maxCell, at(row, max.col), node.type === "deduction", diagnostics);
      if (h !== null) maxOf.set(index, h);
    }
  });

  const codes = chooseCriterionCodes(outline, { file, sheet: sheet.name }, diagnostics);
  const criteria: Criterion[] = [];
  outline.nodes.forEach((node, index) => {
    const itemCode = codes.get(index);
    const itemMax = maxOf.get(index);
    if (node.kind !== "item" || itemCode === undefined || itemMax === undefined) return;
    const contentText = node.line.content;
    if (contentText === "") {
      diagnostics.push(
        diagnostic("valueRequired", "error", at(node.line.row, content.col), { field: "Nội dung" }),
      );
      return;
    }
    const groupCell = group === null ? null : cellAt(sheet, node.line.row, group.col);
    const groupText =
      groupCell === null || isEmpty(groupCell)
        ? null
        : textOf(groupCell, at(node.line.row, group?.col ?? 0), diagnostics);
    criteria.push({
      code: itemCode,
      content: contentText,
      max: itemMax,
      type: typeOf.get(index) ?? "standard",
      group: groupText ?? groupTitle(outline, index),
      ...(node.path !== itemCode ? { path: node.path } : {}),
      location: { file, sheet: sheet.name, row: node.line.row + 1 },
    });
  });
  diagnostics.push(...checkGroupMaxima(outline, maxOf, typeOf, at, max.col, limits));
  const column = {
    at: (i: number) => (outline.nodes[i]?.kind === "item" ? entryAt(i) : null),
    atTotal: (r: number) => entryOf(cellAt(sheet, r, max.col), at(r, max.col)),
    typeOf: (i: number) => typeOf.get(i) ?? "standard",
  };
  function entryAt(i: number) {
    const node = outline.nodes[i];
    const col = max?.col ?? 0;
    return node === undefined ? null : entryOf(cellAt(sheet, node.line.row, col), at(node.line.row, col));
  }
  diagnostics.push(
    ...checkTotals(outline, rows.marked, column, limits.bonus?.max ?? null, "Điểm tối đa", true),
  );
  const reading = tableReading(file, sheet.name, header, used, rows, outline);
  if (criteria.some((c) => c.path === undefined && c.code.includes(".") && c.location.row !== undefined)) {
    const fromNumbering = diagnostics.some((d) => d.code === "codesFromNumbering");
    if (fromNumbering) reading.codesFromNumbering = criteria.slice(0, 4).map((c) => c.code);
  }
  return { criteria, limits, reading, diagnostics: inReadingOrder(diagnostics) };
}

/** Problems in the order the secretary reads the sheet: by row, then column. */
function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const position = (d: Diagnostic): number => {
    const { row, cell } = d.location;
    if (row !== undefined) return row * 1000;
    const at = cell === undefined ? null : decodeRef(cell);
    return at === null ? 0 : (at.row + 1) * 1000 + at.col + 1;
  };
  return [...diagnostics].sort((a, b) => position(a) - position(b));
}

/** A row's maximum (> 0); a deduction's printed negative (`-5`, the points taken off) reads as 5. */
function readMax(
  cell: Parameters<typeof readNumber>[0],
  location: Location,
  deduction: boolean,
  diagnostics: Diagnostic[],
): Hundredths | null {
  const n = readNumber(cell, location, "lớn hơn 0");
  if (!n.ok) {
    diagnostics.push(n.diagnostic);
    return null;
  }
  const h = toHundredths(deduction ? Math.abs(n.value) : n.value);
  if (h === null || h <= 0) {
    diagnostics.push(
      diagnostic("invalidValue", "error", location, {
        field: "Điểm tối đa",
        expected: "một số lớn hơn 0, tối đa 2 chữ số thập phân",
        found: shownText(cell),
      }),
    );
    return null;
  }
  return h;
}

function textOf(
  cell: Parameters<typeof readText>[0],
  location: Location,
  diagnostics: Diagnostic[],
): string | null {
  const t = readText(cell, location);
  if (!t.ok) diagnostics.push(t.diagnostic);
  return t.ok ? t.value : null;
}

/** The `Loại` cell when there is one, else the type of the section the row is in. */
function readType(
  sheet: RawSheet,
  row: number,
  column: HeaderColumn | null,
  fromSection: CriterionType,
  at: (row: number, col: number) => Location,
  diagnostics: Diagnostic[],
): CriterionType {
  if (column === null) return fromSection;
  const cell = cellAt(sheet, row, column.col);
  if (isEmpty(cell)) return fromSection;
  const text = textOf(cell, at(row, column.col), diagnostics);
  if (text === null) return fromSection;
  const t = TYPES[normalizeName(text)];
  if (t === undefined) {
    diagnostics.push(
      diagnostic("invalidValue", "error", at(row, column.col), {
        field: "Loại",
        expected: "chuẩn, thưởng hoặc trừ",
        found: text,
      }),
    );
    return fromSection;
  }
  return t;
}

/** The group a criterion's subtotal is printed under: its outermost numbered group, as `I. Title`. */
function groupTitle(outline: Outline, index: number): string | null {
  let title: string | null = null;
  let parent = outline.nodes[index]?.parent ?? null;
  while (parent !== null) {
    const node = outline.nodes[parent];
    if (node === undefined) break;
    if (node.line.numbering?.level !== "part" && node.line.code !== null && !node.section) {
      title = `${node.line.code}${node.line.code.endsWith(".") ? "" : "."} ${node.line.content}`;
    }
    parent = node.parent;
  }
  return title;
}
