/**
 * The chair's summary with units as rows, by group: either one column per group, not per criterion
 * (`I. Công tác chuyên môn (40đ)`, `II…`: the sheet a conference is shown, the criteria's own points
 * staying in the units' forms), or each group's criteria numbers followed by the group's `Cộng`
 * column (a SUM of them) under the group's title. Then `Điểm thưởng`, `Điểm trừ`, `Tổng điểm` (over
 * the group columns) and `Xếp hạng`.
 */
import type ExcelJS from "exceljs";
import type { Group, Scores, Unit } from "./model.js";
import { absAddr, addr, box, finishSheet, formula, line, put, setWidths } from "./book.js";
import type { LeafRow } from "./tree.js";
import { bareTt, groupPoints, leafRows } from "./tree.js";
import { countedPoints } from "./master-columns.js";
import { fromHundredths, hundredths } from "./points.js";
import type { HeaderColumn } from "./table-header.js";
import { writeHeader } from "./table-header.js";

export interface MasterGroupsOptions {
  sheetName: string;
  units: readonly Unit[];
  unitLabel: (unit: Unit) => string;
  tree: readonly Group[];
  scores: Scores;
  title: readonly string[];
  /** The header of a standard group's column, e.g. `I (40đ)`. */
  groupHeader?: (group: Group) => string;
  /** Each group's criteria columns, then its subtotal column headed so (e.g. `Cộng`). */
  criteriaThen?: string;
}

export function addMasterGroups(wb: ExcelJS.Workbook, o: MasterGroupsOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(o.sheetName);
  const leaves = leafRows(o.tree);
  const standardGroups = o.tree.filter((g) => (g.section ?? "standard") === "standard");
  const headerOf = o.groupHeader ?? ((g: Group) => `${bareTt(g.tt)}. ${g.title} (${groupPoints(g)}đ)`);
  const inGroup = (g: Group) => (l: LeafRow) => l.section === "standard" && l.parents[0] === bareTt(g.tt);
  const columns: HeaderColumn[] = [{ header: "TT" }, { header: "Đơn vị" }];
  /** Per group: its subtotal column and, with criteria, each criterion's column by key. */
  const layout = standardGroups.map((g) => {
    const own = new Map<string, number>();
    if (o.criteriaThen !== undefined)
      for (const l of leaves.filter(inGroup(g)))
        own.set(l.key, columns.push({ header: l.node.tt, top: headerOf(g) }));
    const sub =
      o.criteriaThen !== undefined
        ? columns.push({ header: o.criteriaThen, top: headerOf(g) })
        : columns.push({ header: headerOf(g), top: "Điểm các tiêu chí" });
    return { g, own, sub };
  });
  const bonusCol = columns.push({ header: "Điểm thưởng" });
  const deductionCol = columns.push({ header: "Điểm trừ" });
  const totalCol = columns.push({ header: "Tổng điểm" });
  const rankCol = columns.push({ header: "Xếp hạng" });
  const n = columns.length;
  let r = 1;
  for (const [i, t] of o.title.entries())
    line(ws, r++, 1, n, t, i === 0 ? { bold: true, size: 14 } : { italic: true });
  r++;
  const headerRow = r;
  r += writeHeader(ws, r, columns);
  const points = countedPoints(
    o.scores,
    o.units,
    leaves.map((l) => l.key),
  );
  const first = r;
  const lastRow = r + o.units.length - 1;
  o.units.forEach((u, i) => {
    const p = points[u.code] ?? {};
    const sum = (pick: (l: LeafRow) => boolean): number =>
      fromHundredths(leaves.filter(pick).reduce((s, l) => s + hundredths(p[l.key] ?? 0), 0));
    put(ws, r, 1, i + 1, { align: "center" });
    put(ws, r, 2, o.unitLabel(u), { wrap: true });
    for (const { g, own, sub } of layout) {
      for (const [key, j] of own) put(ws, r, j, p[key], { align: "center" });
      const cols = [...own.values()];
      put(
        ws,
        r,
        sub,
        cols.length > 0
          ? formula(`SUM(${addr(r, Math.min(...cols))}:${addr(r, Math.max(...cols))})`)
          : sum(inGroup(g)),
        { align: "center", bold: cols.length > 0 },
      );
    }
    const bonus = sum((l) => l.section === "bonus");
    const deduction = sum((l) => l.section === "deduction");
    put(ws, r, bonusCol, bonus === 0 ? undefined : bonus, { align: "center" });
    put(ws, r, deductionCol, deduction === 0 ? undefined : deduction, { align: "center" });
    const groups =
      o.criteriaThen !== undefined
        ? layout.map((x) => addr(r, x.sub)).join("+")
        : `SUM(${addr(r, 3)}:${addr(r, bonusCol - 1)})`;
    put(ws, r, totalCol, formula(`${groups}+${addr(r, bonusCol)}-${addr(r, deductionCol)}`), {
      bold: true,
      align: "center",
    });
    put(
      ws,
      r,
      rankCol,
      formula(`RANK(${addr(r, totalCol)},${absAddr(first, totalCol)}:${absAddr(lastRow, totalCol)})`),
      { align: "center" },
    );
    r++;
  });
  box(ws, headerRow, 1, r - 1, n);
  setWidths(ws, [
    5,
    36,
    ...columns.slice(2, bonusCol - 1).map((c) => (c.header.length > 6 ? 12 : 6)),
    9,
    9,
    9,
    8,
  ]);
  finishSheet(ws, 2, true);
  return ws;
}
