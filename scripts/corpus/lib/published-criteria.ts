/**
 * The scoring table as the province published it, pasted into `Tiêu chí`: a title, a `TT | Nội dung
 * tiêu chí | Điểm chuẩn | Ghi chú` header, group rows carrying their points, explanation rows with no
 * points, bonus and deduction sections known only by their headings, and a `TỔNG CỘNG` row.
 */
import type ExcelJS from "exceljs";
import type { Group } from "./model.js";
import { isGroup } from "./model.js";
import { box, finishSheet, line, put, setWidths } from "./book.js";
import { flatten, groupPoints, standardMax } from "./tree.js";

export interface PublishedOptions {
  sheetName?: string;
  /** Lines above the header, each merged across the table. */
  title: readonly string[];
  headers?: { tt?: string; content?: string; max?: string; note?: string };
  /** Explanation rows under criteria (default true). */
  notes?: boolean;
  /** The total row's label and value (default `TỔNG CỘNG` and the scale as a number). */
  total?: { label?: string; value?: ExcelJS.CellValue };
  /** Group points printed instead of the computed ones, by group key (a slip in the table). */
  groupPoints?: Record<string, number>;
  /** Text in `Ghi chú`, by key. */
  remarks?: Record<string, string>;
  /** The code column prints each row's full key (`I.1`, a group's `I`) instead of its own number. */
  printKeys?: boolean;
  /** A `(1) (2) (3) (4)` row under the header. */
  numberRow?: boolean;
  /** What a group row prints in the maximum column (`400 điểm`, or nothing), instead of its points. */
  groupPointsCell?: (points: number, group: Group) => ExcelJS.CellValue | undefined;
  /** A `Cộng` row under each top-level group, printing its points (label given). */
  subtotal?: (group: Group) => string;
  /** A group row's number and title as one text (`I. CÔNG TÁC…`) merged over the code and content cells. */
  mergedGroupTitles?: boolean;
  /** No code column: `Nội dung | Điểm | Ghi chú`, each row's number opening its content. */
  numberInContent?: boolean;
  /** The table ends with its last row: no `TỔNG CỘNG` row. */
  noTotal?: boolean;
  /** Explanation rows ending `: 5 điểm` print that number in the maximum column (a graded scale). */
  notePoints?: boolean;
  /** Deduction rows (and their group row) print their maximum with a minus sign (`-3`). */
  deductionMaxNegative?: boolean;
}

export interface PublishedSheet {
  ws: ExcelJS.Worksheet;
  rowOf: Map<string, number>;
  headerRow: number;
}

/** `a) Hoàn thành…` → TT `a)`, content `Hoàn thành…`; `- Mỗi…` stays in the content column. */
function noteCells(note: string): [string | undefined, string] {
  const m = /^([a-zđ]\))\s+(.*)$/u.exec(note);
  return m ? [m[1], m[2] as string] : [undefined, note];
}

export function addPublishedCriteria(
  wb: ExcelJS.Workbook,
  tree: readonly Group[],
  options: PublishedOptions,
): PublishedSheet {
  if (
    options.subtotal ||
    options.mergedGroupTitles ||
    options.numberInContent ||
    options.groupPointsCell ||
    options.noTotal
  )
    return addPublishedVariant(wb, tree, options);
  const ws = wb.addWorksheet(options.sheetName ?? "Tiêu chí");
  const h = options.headers ?? {};
  let r = 1;
  for (const [i, text] of options.title.entries()) {
    line(ws, r++, 1, 4, text, i === 0 ? { bold: true, size: 14 } : { italic: true });
  }
  if (options.title.length > 0) r++;
  const headerRow = r;
  [h.tt ?? "TT", h.content ?? "Nội dung tiêu chí", h.max ?? "Điểm chuẩn", h.note ?? "Ghi chú"].forEach(
    (t, j) => put(ws, r, j + 1, t, { bold: true, align: "center", border: true, wrap: true }),
  );
  r++;
  if (options.numberRow) {
    ["(1)", "(2)", "(3)", "(4)"].forEach((t, j) => put(ws, r, j + 1, t, { italic: true, align: "center" }));
    r++;
  }
  const rowOf = new Map<string, number>();
  for (const row of flatten(tree)) {
    const node = row.node;
    rowOf.set(row.key, r);
    const remark = options.remarks?.[row.key];
    if (isGroup(node)) {
      const points = options.groupPoints?.[row.key] ?? groupPoints(node);
      put(ws, r, 1, options.printKeys ? row.key : node.tt, { bold: true, align: "center" });
      put(ws, r, 2, node.title, { bold: true, wrap: true });
      put(ws, r, 3, signed(points, row.section, options), { bold: true, align: "center" });
      put(ws, r, 4, remark, { italic: true, wrap: true });
      r++;
      continue;
    }
    put(ws, r, 1, options.printKeys ? row.key : node.tt, { align: "center" });
    put(ws, r, 2, node.text, { wrap: true });
    put(ws, r, 3, signed(node.max, row.section, options), { align: "center" });
    put(ws, r, 4, remark, { italic: true, wrap: true });
    r++;
    if (options.notes === false) continue;
    for (const note of node.notes ?? []) {
      const [tt, text] = noteCells(note);
      put(ws, r, 1, tt, { align: "center", italic: true });
      put(ws, r, 2, text, { italic: true, wrap: true });
      const graded = options.notePoints ? /:\s*(\d+(?:[.,]\d+)?)\s*điểm$/u.exec(note) : null;
      if (graded)
        put(ws, r, 3, Number((graded[1] as string).replace(",", ".")), { italic: true, align: "center" });
      r++;
    }
  }
  put(ws, r, 2, options.total?.label ?? "TỔNG CỘNG", { bold: true, align: "center" });
  put(ws, r, 3, options.total?.value ?? standardMax(tree), { bold: true, align: "center" });
  box(ws, headerRow, 1, r, 4);
  setWidths(ws, [7, 72, 11, 22]);
  finishSheet(ws, 2);
  return { ws, rowOf, headerRow };
}

/** A maximum as the table prints it: with a minus sign on deduction rows when the table does so. */
function signed(points: number, section: string, options: PublishedOptions): number {
  return options.deductionMaxNegative && section === "deduction" ? -points : points;
}

/** `I` + `CÔNG TÁC` → `I. CÔNG TÁC`; `1)` keeps its own mark. */
function numbered(tt: string, text: string): string {
  return `${/[.)]$/.test(tt) ? tt : `${tt}.`} ${text}`;
}

/**
 * The published table in the shapes the default leaves out: group points only in a `Cộng` row under
 * the group, group titles merged over the code cell, no code column at all, points typed as text.
 */
function addPublishedVariant(
  wb: ExcelJS.Workbook,
  tree: readonly Group[],
  options: PublishedOptions,
): PublishedSheet {
  const ws = wb.addWorksheet(options.sheetName ?? "Tiêu chí");
  const h = options.headers ?? {};
  const noCode = options.numberInContent === true;
  const C = noCode ? { content: 1, max: 2, note: 3 } : { tt: 1, content: 2, max: 3, note: 4 };
  const last = noCode ? 3 : 4;
  let r = 1;
  for (const [i, text] of options.title.entries()) {
    line(ws, r++, 1, last, text, i === 0 ? { bold: true, size: 14 } : { italic: true });
  }
  if (options.title.length > 0) r++;
  const headerRow = r;
  const heads = [h.content ?? "Nội dung tiêu chí", h.max ?? "Điểm chuẩn", h.note ?? "Ghi chú"];
  (noCode ? heads : [h.tt ?? "TT", ...heads]).forEach((t, j) =>
    put(ws, r, j + 1, t, { bold: true, align: "center", border: true, wrap: true }),
  );
  r++;
  const rowOf = new Map<string, number>();
  const rows = flatten(tree);
  const closeGroup = (key: string): void => {
    const node = rows.find((x) => x.key === key)?.node;
    if (!options.subtotal || !node || !isGroup(node)) return;
    put(ws, r, C.content, options.subtotal(node), { bold: true, italic: true });
    put(ws, r, C.max, groupPoints(node), { bold: true, align: "center" });
    r++;
  };
  let openTop: string | undefined;
  for (const row of rows) {
    const node = row.node;
    if (row.depth === 0) {
      if (openTop !== undefined) closeGroup(openTop);
      openTop = row.key;
    }
    rowOf.set(row.key, r);
    const remark = options.remarks?.[row.key];
    if (isGroup(node)) {
      const points = options.groupPoints?.[row.key] ?? groupPoints(node);
      const shown = options.groupPointsCell ? options.groupPointsCell(points, node) : points;
      if (noCode) put(ws, r, C.content, numbered(node.tt, node.title), { bold: true, wrap: true });
      else if (options.mergedGroupTitles) {
        put(ws, r, 1, numbered(node.tt, node.title), { bold: true, wrap: true });
        put(ws, r, 2, undefined, { bold: true });
        ws.mergeCells(r, 1, r, 2);
      } else {
        put(ws, r, 1, node.tt, { bold: true, align: "center" });
        put(ws, r, 2, node.title, { bold: true, wrap: true });
      }
      put(ws, r, C.max, shown, { bold: true, align: "center" });
      put(ws, r, C.note, remark, { italic: true, wrap: true });
      r++;
      continue;
    }
    if (noCode) put(ws, r, C.content, numbered(node.tt, node.text), { wrap: true });
    else {
      put(ws, r, 1, node.tt, { align: "center" });
      put(ws, r, 2, node.text, { wrap: true });
    }
    put(ws, r, C.max, node.max, { align: "center" });
    put(ws, r, C.note, remark, { italic: true, wrap: true });
    r++;
    if (options.notes === false) continue;
    for (const note of node.notes ?? []) {
      put(ws, r, C.content, note, { italic: true, wrap: true });
      r++;
    }
  }
  if (openTop !== undefined) closeGroup(openTop);
  if (options.noTotal) r--;
  else {
    put(ws, r, C.content, options.total?.label ?? "TỔNG CỘNG", { bold: true, align: "center" });
    put(ws, r, C.max, options.total?.value ?? standardMax(tree), { bold: true, align: "center" });
  }
  box(ws, headerRow, 1, r, last);
  setWidths(ws, noCode ? [78, 11, 22] : [9, 72, 11, 22]);
  finishSheet(ws, C.content);
  return { ws, rowOf, headerRow };
}
