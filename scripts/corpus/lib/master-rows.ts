/**
 * The chair's summary sheet with units as rows and a two-row header: each standard group's title
 * merged over its criteria numbers, then aggregated `Điểm thưởng`, `Điểm trừ`, `Tổng điểm` and
 * `Xếp hạng` columns. An optional `Điểm chuẩn` row under the header prints every column's maximum.
 */
import type ExcelJS from "exceljs";
import type { Group, Scores, Unit } from "./model.js";
import { absAddr, addr, box, finishSheet, formula, line, put, setWidths } from "./book.js";
import { bareTt, groupPoints, leafRows } from "./tree.js";
import { countedPoints } from "./master-columns.js";
import type { HeaderColumn } from "./table-header.js";
import { writeHeader } from "./table-header.js";
import { hundredths } from "./points.js";
import type { Typing } from "./typing.js";
import { deductionsNegative, typing } from "./typing.js";

export interface MasterRowsOptions {
  sheetName: string;
  units: readonly Unit[];
  unitLabel: (unit: Unit) => string;
  tree: readonly Group[];
  scores: Scores;
  title: readonly string[];
  /** The top header of a standard group, e.g. `I. Công tác chuyên môn (60 điểm)`. */
  groupHeader?: (group: Group) => string;
  maximaRow?: boolean;
  typing?: Typing;
  /**
   * The contract's matrix style: a single header row of criterion codes (`I.1`, `II.2`) and the
   * units' codes in a first column `Mã`, instead of group titles over numbers and a `TT` column.
   */
  codeHeaders?: boolean;
  /** Formatted rows under the table whose STT and `Tổng điểm` cells hold dragged `IF` formulas. */
  emptyRows?: number;
}

export interface MasterRowsSheet {
  ws: ExcelJS.Worksheet;
  rowOfUnit: Map<string, number>;
  colOfKey: Map<string, number>;
}

export function addMasterRows(wb: ExcelJS.Workbook, o: MasterRowsOptions): MasterRowsSheet {
  const ws = wb.addWorksheet(o.sheetName);
  const type = o.typing ?? typing();
  const leaves = leafRows(o.tree);
  if (leaves.some((l) => l.depth > 1)) throw new Error("master rows: nested groups are not laid out");
  const standard = leaves.filter((l) => l.section === "standard");
  const tops = new Map(o.tree.map((g) => [bareTt(g.tt), g]));
  const headerOf = o.groupHeader ?? ((g: Group) => `${g.tt}. ${g.title} (${groupPoints(g)} điểm)`);
  const columns: HeaderColumn[] = [{ header: o.codeHeaders ? "Mã" : "TT" }, { header: "Tên đơn vị" }];
  const colOfKey = new Map<string, number>();
  for (const leaf of standard) {
    const group = tops.get(leaf.parents[0] as string) as Group;
    columns.push(o.codeHeaders ? { header: leaf.key } : { header: leaf.node.tt, top: headerOf(group) });
    colOfKey.set(leaf.key, columns.length);
  }
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
  const negative = deductionsNegative(type);
  if (o.maximaRow) {
    put(ws, r, 2, "Điểm chuẩn", { bold: true, italic: true });
    for (const leaf of standard)
      put(ws, r, colOfKey.get(leaf.key) as number, leaf.node.max, { italic: true, align: "center" });
    const section = (s: string): number =>
      o.tree.filter((g) => g.section === s).reduce((sum, g) => sum + groupPoints(g), 0);
    put(ws, r, bonusCol, section("bonus"), { italic: true, align: "center" });
    put(ws, r, deductionCol, section("deduction"), { italic: true, align: "center" });
    put(ws, r, totalCol, formula(`SUM(${addr(r, 3)}:${addr(r, bonusCol - 1)})`), {
      italic: true,
      align: "center",
    });
    r++;
  }
  const points = countedPoints(
    o.scores,
    o.units,
    leaves.map((l) => l.key),
  );
  const firstUnitRow = r;
  const lastUnitRow = r + o.units.length - 1;
  const rowOfUnit = new Map<string, number>();
  o.units.forEach((u, i) => {
    const p = points[u.code] ?? {};
    put(ws, r, 1, o.codeHeaders ? u.code : i + 1, { align: "center" });
    put(ws, r, 2, o.unitLabel(u), { wrap: true });
    for (const leaf of standard) {
      const v = p[leaf.key];
      put(
        ws,
        r,
        colOfKey.get(leaf.key) as number,
        v === undefined ? undefined : type(v, ctx(u, leaf.key, "standard")),
        {
          align: "center",
        },
      );
    }
    const sum = (section: string): number =>
      leaves.filter((l) => l.section === section).reduce((s, l) => s + hundredths(p[l.key] ?? 0), 0) / 100;
    const bonus = sum("bonus");
    const deduction = sum("deduction");
    put(ws, r, bonusCol, bonus === 0 ? undefined : type(bonus, ctx(u, "bonus", "bonus")), {
      align: "center",
    });
    put(
      ws,
      r,
      deductionCol,
      deduction === 0 ? undefined : type(deduction, ctx(u, "deduction", "deduction")),
      {
        align: "center",
      },
    );
    const sign = negative ? "+" : "-";
    put(
      ws,
      r,
      totalCol,
      formula(
        `SUM(${addr(r, 3)}:${addr(r, bonusCol - 1)})+${addr(r, bonusCol)}${sign}${addr(r, deductionCol)}`,
      ),
      { bold: true, align: "center" },
    );
    put(
      ws,
      r,
      rankCol,
      formula(
        `RANK(${addr(r, totalCol)},${absAddr(firstUnitRow, totalCol)}:${absAddr(lastUnitRow, totalCol)})`,
      ),
      { align: "center" },
    );
    rowOfUnit.set(u.code, r);
    r++;
  });
  box(ws, headerRow, 1, r - 1, n);
  for (let k = 0; k < (o.emptyRows ?? 0); k++, r++) {
    for (let j = 1; j <= n; j++) put(ws, r, j, undefined, { border: true });
    put(ws, r, 1, formula(`IF(${addr(r, 2)}="","",ROW()-${firstUnitRow - 1})`), {
      border: true,
      align: "center",
    });
    put(
      ws,
      r,
      totalCol,
      formula(
        `IF(${addr(r, 2)}="","",SUM(${addr(r, 3)}:${addr(r, bonusCol - 1)})+${addr(r, bonusCol)}-${addr(r, deductionCol)})`,
      ),
      { border: true },
    );
  }
  setWidths(ws, [5, 34, ...standard.map(() => 6), 9, 9, 9, 8]);
  finishSheet(ws, 2, true);
  return { ws, rowOfUnit, colOfKey };

  function ctx(u: Unit, key: string, section: "standard" | "bonus" | "deduction") {
    return { unit: u.code, key, role: "master" as const, section };
  }
}
