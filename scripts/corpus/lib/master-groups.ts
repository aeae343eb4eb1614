/**
 * The chair's summary with units as rows and one column per group, not per criterion (`I. Công tác
 * chuyên môn (40đ)`, `II…`), then `Điểm thưởng`, `Điểm trừ`, `Tổng điểm`, `Xếp hạng`: the sheet a
 * conference is shown. The criteria's own points stay in the units' forms, which are not given.
 */
import type ExcelJS from "exceljs";
import type { Group, Scores, Unit } from "./model.js";
import { absAddr, addr, box, finishSheet, formula, line, put, setWidths } from "./book.js";
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
}

export function addMasterGroups(wb: ExcelJS.Workbook, o: MasterGroupsOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(o.sheetName);
  const leaves = leafRows(o.tree);
  const standardGroups = o.tree.filter((g) => (g.section ?? "standard") === "standard");
  const headerOf = o.groupHeader ?? ((g: Group) => `${bareTt(g.tt)}. ${g.title} (${groupPoints(g)}đ)`);
  const columns: HeaderColumn[] = [{ header: "TT" }, { header: "Đơn vị" }];
  for (const g of standardGroups) columns.push({ header: headerOf(g), top: "Điểm các tiêu chí" });
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
    const sum = (pick: (l: (typeof leaves)[number]) => boolean): number =>
      fromHundredths(leaves.filter(pick).reduce((s, l) => s + hundredths(p[l.key] ?? 0), 0));
    put(ws, r, 1, i + 1, { align: "center" });
    put(ws, r, 2, o.unitLabel(u), { wrap: true });
    standardGroups.forEach((g, k) =>
      put(
        ws,
        r,
        3 + k,
        sum((l) => l.section === "standard" && l.parents[0] === bareTt(g.tt)),
        {
          align: "center",
        },
      ),
    );
    const bonus = sum((l) => l.section === "bonus");
    const deduction = sum((l) => l.section === "deduction");
    put(ws, r, bonusCol, bonus === 0 ? undefined : bonus, { align: "center" });
    put(ws, r, deductionCol, deduction === 0 ? undefined : deduction, { align: "center" });
    put(
      ws,
      r,
      totalCol,
      formula(`SUM(${addr(r, 3)}:${addr(r, bonusCol - 1)})+${addr(r, bonusCol)}-${addr(r, deductionCol)}`),
      { bold: true, align: "center" },
    );
    put(
      ws,
      r,
      rankCol,
      formula(`RANK(${addr(r, totalCol)},${absAddr(first, totalCol)}:${absAddr(lastRow, totalCol)})`),
      {
        align: "center",
      },
    );
    r++;
  });
  box(ws, headerRow, 1, r - 1, n);
  setWidths(ws, [5, 36, ...standardGroups.map(() => 12), 9, 9, 9, 8]);
  finishSheet(ws, 2, true);
  return ws;
}
