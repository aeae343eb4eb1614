/**
 * The chair's summary sheet with units as columns (spec/real-layouts.md): `TT | Nội dung tiêu chí |
 * Điểm chuẩn | <one column per unit>`, an optional row of codes under the unit names, group rows with
 * their SUM, then `Tổng cộng` and `Xếp hạng` rows. The cells hold the points that count.
 */
import type ExcelJS from "exceljs";
import type { Group, Points, Scores, Unit } from "./model.js";
import { isGroup } from "./model.js";
import { absAddr, addr, box, finishSheet, formula, line, put, setWidths } from "./book.js";
import { flatten, groupPoints } from "./tree.js";
import { counted } from "./points.js";
import type { Typing } from "./typing.js";
import { deductionsNegative, typing } from "./typing.js";

export interface MasterColumnsOptions {
  sheetName: string;
  units: readonly Unit[];
  /** The unit's column heading (its name as the chair types it; a line break is allowed). */
  unitHeader: (unit: Unit) => string;
  codesRow?: boolean;
  tree: readonly Group[];
  scores: Scores;
  title: readonly string[];
  headers?: { tt?: string; content?: string; max?: string };
  /** The total row's label; `false`: no total row (and no rank row). */
  totalLabel?: string | false;
  rankLabel?: string | false;
  notes?: boolean;
  typing?: Typing;
  numFmt?: string;
  /** Maxima printed instead of the tree's, by key (a slip in the chair's copy of the table). */
  maxima?: Record<string, number>;
}

export interface MasterColumnsSheet {
  ws: ExcelJS.Worksheet;
  rowOf: Map<string, number>;
  colOfUnit: Map<string, number>;
  totalRow: number;
}

/** The points that count for every unit and row, as a master table holds them. */
export function countedPoints(scores: Scores, units: readonly Unit[], keys: readonly string[]): Points {
  const out: Points = {};
  for (const u of units) {
    const row: Record<string, number> = {};
    for (const key of keys) {
      const c = counted(scores.self[u.code], scores.agreed?.[u.code], key);
      if (c !== undefined) row[key] = c.value;
    }
    out[u.code] = row;
  }
  return out;
}

export function addMasterColumns(wb: ExcelJS.Workbook, o: MasterColumnsOptions): MasterColumnsSheet {
  const ws = wb.addWorksheet(o.sheetName);
  const type = o.typing ?? typing();
  const first = 4;
  const last = first + o.units.length - 1;
  const rows = flatten(o.tree);
  const points = countedPoints(
    o.scores,
    o.units,
    rows.map((x) => x.key),
  );
  let r = 1;
  for (const [i, t] of o.title.entries())
    line(ws, r++, 1, last, t, i === 0 ? { bold: true, size: 14 } : { italic: true });
  r++;
  const headerRow = r;
  const h = o.headers ?? {};
  const head = { bold: true, align: "center" as const, border: true, wrap: true };
  [h.tt ?? "TT", h.content ?? "Nội dung tiêu chí", h.max ?? "Điểm chuẩn"].forEach((t, j) =>
    put(ws, r, j + 1, t, head),
  );
  const colOfUnit = new Map<string, number>();
  o.units.forEach((u, i) => {
    put(ws, r, first + i, o.unitHeader(u), head);
    colOfUnit.set(u.code, first + i);
  });
  r++;
  if (o.codesRow) {
    for (let j = 1; j < first; j++) {
      put(ws, r, j, undefined, head);
      ws.mergeCells(headerRow, j, r, j);
    }
    o.units.forEach((u, i) => put(ws, r, first + i, u.code, { ...head, italic: true }));
    r++;
  }
  const rowOf = new Map<string, number>();
  const groupRows: { key: string; row: number }[] = [];
  for (const row of rows) {
    const node = row.node;
    rowOf.set(row.key, r);
    if (isGroup(node)) {
      put(ws, r, 1, node.tt, { bold: true, align: "center" });
      put(ws, r, 2, node.title, { bold: true, wrap: true });
      put(ws, r, 3, groupPoints(node), { bold: true, align: "center", numFmt: o.numFmt });
      groupRows.push({ key: row.key, row: r });
      r++;
      continue;
    }
    put(ws, r, 1, node.tt, { align: "center" });
    put(ws, r, 2, node.text, { wrap: true });
    put(ws, r, 3, o.maxima?.[row.key] ?? node.max, { align: "center", numFmt: o.numFmt });
    for (const u of o.units) {
      const v = points[u.code]?.[row.key];
      const cell =
        v === undefined
          ? undefined
          : type(v, { unit: u.code, key: row.key, role: "master", section: row.section });
      put(ws, r, colOfUnit.get(u.code) as number, cell, { align: "center", numFmt: o.numFmt });
    }
    r++;
    if (o.notes)
      for (const note of node.notes ?? []) {
        put(ws, r, 2, note, { italic: true, wrap: true });
        r++;
      }
  }
  for (const { key, row } of groupRows) {
    const children = rows.filter((x) => x.parents.at(-1) === key).map((x) => rowOf.get(x.key) as number);
    const nested = rows.some((x) => x.parents.at(-1) === key && isGroup(x.node));
    for (let j = first; j <= last; j++) {
      const f = nested
        ? children.map((c) => addr(c, j)).join("+")
        : `SUM(${addr(Math.min(...children), j)}:${addr(Math.max(...children), j)})`;
      put(ws, row, j, formula(f), { bold: true, align: "center", numFmt: o.numFmt });
    }
  }
  const totalRow = o.totalLabel === false ? 0 : r++;
  if (totalRow > 0) put(ws, totalRow, 2, o.totalLabel || "Tổng cộng", { bold: true, align: "center" });
  const tops = rows.filter((x) => x.depth === 0);
  const negative = deductionsNegative(type);
  for (let j = 3; j <= last && totalRow > 0; j++) {
    let f = tops
      .filter((t) => t.section === "standard")
      .map((t) => addr(rowOf.get(t.key) as number, j))
      .join("+");
    if (j > 3) {
      for (const t of tops.filter((x) => x.section === "bonus"))
        f += `+${addr(rowOf.get(t.key) as number, j)}`;
      for (const t of tops.filter((x) => x.section === "deduction"))
        f += `${negative ? "+" : "-"}${addr(rowOf.get(t.key) as number, j)}`;
    }
    put(ws, totalRow, j, formula(f), { bold: true, align: "center", numFmt: o.numFmt });
  }
  if (o.rankLabel !== false && totalRow > 0) {
    put(ws, r, 2, o.rankLabel ?? "Xếp hạng", { bold: true, align: "center" });
    for (let j = first; j <= last; j++)
      put(
        ws,
        r,
        j,
        formula(`RANK(${addr(totalRow, j)},${absAddr(totalRow, first)}:${absAddr(totalRow, last)})`),
        {
          bold: true,
          align: "center",
        },
      );
    r++;
  }
  box(ws, headerRow, 1, r - 1, last);
  setWidths(ws, [6, 52, 9, ...o.units.map(() => 13)]);
  finishSheet(ws, 2, o.units.length > 4);
  return { ws, rowOf, colOfUnit, totalRow };
}
