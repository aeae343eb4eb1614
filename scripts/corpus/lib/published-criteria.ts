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
      put(ws, r, 3, points, { bold: true, align: "center" });
      put(ws, r, 4, remark, { italic: true, wrap: true });
      r++;
      continue;
    }
    put(ws, r, 1, options.printKeys ? row.key : node.tt, { align: "center" });
    put(ws, r, 2, node.text, { wrap: true });
    put(ws, r, 3, node.max, { align: "center" });
    put(ws, r, 4, remark, { italic: true, wrap: true });
    r++;
    if (options.notes === false) continue;
    for (const note of node.notes ?? []) {
      const [tt, text] = noteCells(note);
      put(ws, r, 1, tt, { align: "center", italic: true });
      put(ws, r, 2, text, { italic: true, wrap: true });
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
