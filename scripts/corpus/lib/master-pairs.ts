/**
 * The chair's summary with units as columns where each unit has two: its own points and the bloc's
 * (`Tự chấm | Khối chấm` under the unit's name, merged over both), group rows with SUM, a `Tổng cộng`
 * row and a `Xếp hạng` row the chair typed under the bloc's column. The bloc's column is the one
 * that counts; a reader that takes each unit's first column reads the self-scores.
 */
import type ExcelJS from "exceljs";
import type { Group, Scores, Unit } from "./model.js";
import { isGroup } from "./model.js";
import { addr, box, finishSheet, formula, line, put, setWidths } from "./book.js";
import { flatten, groupPoints } from "./tree.js";
import { counted, hundredths } from "./points.js";
import type { HeaderColumn } from "./table-header.js";
import { writeHeader } from "./table-header.js";
import type { Typing } from "./typing.js";
import { deductionsNegative, typing } from "./typing.js";

export interface MasterPairsOptions {
  sheetName: string;
  units: readonly Unit[];
  unitHeader: (unit: Unit) => string;
  tree: readonly Group[];
  scores: Scores;
  title: readonly string[];
  selfHeader?: string;
  agreedHeader?: string;
  typing?: Typing;
}

export interface MasterPairsSheet {
  ws: ExcelJS.Worksheet;
  rowOf: Map<string, number>;
  /** The unit's self column; its bloc column is the next one. */
  colOfUnit: Map<string, number>;
}

export function addMasterPairs(wb: ExcelJS.Workbook, o: MasterPairsOptions): MasterPairsSheet {
  const ws = wb.addWorksheet(o.sheetName);
  const type = o.typing ?? typing();
  const rows = flatten(o.tree);
  const first = 4;
  const last = first + 2 * o.units.length - 1;
  const columns: HeaderColumn[] = [
    { header: "TT" },
    { header: "Nội dung tiêu chí" },
    { header: "Điểm chuẩn" },
  ];
  const colOfUnit = new Map<string, number>();
  for (const u of o.units) {
    colOfUnit.set(u.code, columns.length + 1);
    columns.push({ header: o.selfHeader ?? "Tự chấm", top: o.unitHeader(u) });
    columns.push({ header: o.agreedHeader ?? "Khối chấm", top: o.unitHeader(u) });
  }
  let r = 1;
  for (const [i, t] of o.title.entries())
    line(ws, r++, 1, last, t, i === 0 ? { bold: true, size: 14 } : { italic: true });
  r++;
  const headerRow = r;
  r += writeHeader(ws, r, columns);
  const rowOf = new Map<string, number>();
  const groupRows: { key: string; row: number }[] = [];
  for (const row of rows) {
    const node = row.node;
    rowOf.set(row.key, r);
    if (isGroup(node)) {
      put(ws, r, 1, node.tt, { bold: true, align: "center" });
      put(ws, r, 2, node.title, { bold: true, wrap: true });
      put(ws, r, 3, groupPoints(node), { bold: true, align: "center" });
      groupRows.push({ key: row.key, row: r });
      r++;
      continue;
    }
    put(ws, r, 1, node.tt, { align: "center" });
    put(ws, r, 2, node.text, { wrap: true });
    put(ws, r, 3, node.max, { align: "center" });
    for (const u of o.units) {
      const j = colOfUnit.get(u.code) as number;
      const ctx = { unit: u.code, key: row.key, role: "master" as const, section: row.section };
      const s = o.scores.self[u.code]?.[row.key];
      const a = o.scores.agreed?.[u.code]?.[row.key];
      put(ws, r, j, s === undefined ? undefined : type(s, ctx), { align: "center" });
      put(ws, r, j + 1, a === undefined ? undefined : type(a, ctx), { align: "center" });
    }
    r++;
  }
  for (const { key, row } of groupRows) {
    const children = rows.filter((x) => x.parents.at(-1) === key).map((x) => rowOf.get(x.key) as number);
    for (let j = first; j <= last; j++)
      put(ws, row, j, formula(`SUM(${addr(Math.min(...children), j)}:${addr(Math.max(...children), j)})`), {
        bold: true,
        align: "center",
      });
  }
  const totalRow = r++;
  put(ws, totalRow, 2, "Tổng cộng", { bold: true, align: "center" });
  const tops = rows.filter((x) => x.depth === 0);
  const negative = deductionsNegative(type);
  for (let j = first; j <= last; j++) {
    let f = tops
      .filter((t) => t.section === "standard")
      .map((t) => addr(rowOf.get(t.key) as number, j))
      .join("+");
    for (const t of tops.filter((x) => x.section === "bonus")) f += `+${addr(rowOf.get(t.key) as number, j)}`;
    for (const t of tops.filter((x) => x.section === "deduction"))
      f += `${negative ? "+" : "-"}${addr(rowOf.get(t.key) as number, j)}`;
    put(ws, totalRow, j, formula(f), { bold: true, align: "center" });
  }
  // The rank the chair typed under each bloc column, from the points that count.
  const totals = o.units.map((u) => {
    let h = 0;
    for (const row of rows) {
      if (isGroup(row.node)) continue;
      const c = counted(o.scores.self[u.code], o.scores.agreed?.[u.code], row.key);
      if (c === undefined) continue;
      h += row.section === "deduction" ? -hundredths(c.value) : hundredths(c.value);
    }
    return h;
  });
  put(ws, r, 2, "Xếp hạng", { bold: true, align: "center" });
  o.units.forEach((u, i) => {
    const rank = 1 + totals.filter((t) => t > (totals[i] as number)).length;
    put(ws, r, (colOfUnit.get(u.code) as number) + 1, rank, { bold: true, align: "center" });
  });
  r++;
  box(ws, headerRow, 1, r - 1, last);
  setWidths(ws, [6, 48, 9, ...o.units.flatMap(() => [8, 8])]);
  finishSheet(ws, 2, true);
  return { ws, rowOf, colOfUnit };
}
