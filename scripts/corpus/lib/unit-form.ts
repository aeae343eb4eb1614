/**
 * A unit's own self-scoring form (spec/real-layouts.md): banner and motto, title with the year,
 * `Đơn vị: …` and `Kính gửi` lines, a one- or two-row header, the column-number row, group rows with
 * their points and SUM formulas, subtotals, a total, a signature block. Each column has a role; the
 * score columns take the unit's points from the set's data, typed as the set says.
 */
import type ExcelJS from "exceljs";
import { isGroup } from "./model.js";
import { writeHeader } from "./table-header.js";
import { addr, box, col, finishSheet, formula, put, setWidths } from "./book.js";
import type { Row } from "./tree.js";
import { flatten, groupPoints } from "./tree.js";
import { deductionsNegative, typing } from "./typing.js";
import { checkerValues } from "./checkers.js";
import { writeFormBottom, writeFormTop } from "./form-frame.js";
import type { FormOptions } from "./form-options.js";
import type { FormSheet, Role } from "./form-sheet.js";

export type { FormSheet, Role } from "./form-sheet.js";
export type { FormColumn, FormOptions } from "./form-options.js";

const SCORE_ROLES: readonly Role[] = ["self", "agreed", "bonus", "checker", "extra"];

export function addUnitForm(wb: ExcelJS.Workbook, o: FormOptions): FormSheet {
  const ws = wb.addWorksheet(o.sheetName);
  const n = o.columns.length;
  const type = o.typing ?? typing();
  const code = o.unit.code;
  const self = o.scores.self[code] ?? {};
  const agreed = o.scores.agreed?.[code];
  const rowBonus = o.scores.rowBonus?.[code] ?? {};
  const rows = flatten(o.tree);
  const standardLeaves = rows.filter((r) => !isGroup(r.node) && r.section === "standard");
  const agreedComplete = agreed !== undefined && standardLeaves.every((r) => agreed[r.key] !== undefined);
  const hasCheckers = o.columns.some((c) => c.role === "checker");
  const at = (role: Role): number => o.columns.findIndex((c) => c.role === role) + 1;
  const ttCell = (tt: string): string | number => (o.ttNumbers && /^\d+(\.\d+)?$/.test(tt) ? Number(tt) : tt);
  const numbered = (tt: string, text: string): string => `${/[.)]$/.test(tt) ? tt : `${tt}.`} ${text}`;
  const letterOf = (role: Role): string => col(at(role));

  // Banner, motto, date, title, the lines above the table.
  const split = Math.max(2, at("content"));
  const top = writeFormTop(ws, o, split, n);
  const { titleRow, aboveRows } = top;
  let r = top.next;

  // Header.
  const headerRow = r;
  r += writeHeader(ws, r, o.columns, o.numberRow);
  const firstBody = r;

  // Body rows; formulas are filled in once every row has its place.
  const rowOf = new Map<string, number>();
  const sumRowOf = new Map<string, number>();
  /** Subtotal rows by group key: where a group's points stand when its own row prints none. */
  const subRowOf = new Map<string, number>();
  const pending: (() => void)[] = [];
  const typed = (
    role: "self" | "agreed" | "bonus",
    row: Row,
    value: number | undefined,
  ): ExcelJS.CellValue =>
    value === undefined
      ? o.zeroEmpty && row.section !== "standard" && role === "self"
        ? 0
        : undefined
      : type(value, { unit: code, key: row.key, role, section: row.section });
  const scoreStyle = { align: "center" as const, numFmt: o.numFmt };
  let spacerDone = false;

  const writeLeaf = (row: Row): void => {
    const leaf = row.node;
    if (isGroup(leaf)) return;
    const checkers = hasCheckers
      ? (o.checkers?.[row.key] ??
        (agreed?.[row.key] !== undefined ? checkerValues(agreed[row.key] as number, leaf.max, r) : undefined))
      : undefined;
    o.columns.forEach((c, j) => {
      const cj = j + 1;
      let v: ExcelJS.CellValue | undefined;
      if (c.role === "tt") v = ttCell(o.printKeys ? row.key : leaf.tt);
      else if (c.role === "content") v = o.numberInContent ? numbered(leaf.tt, leaf.text) : leaf.text;
      else if (c.role === "max") {
        v = o.maxima?.[row.key] ?? leaf.max;
        if (o.deductionMaxNegative && row.section === "deduction") v = -v;
      } else if (c.role === "self") v = o.override?.self?.[row.key] ?? typed("self", row, self[row.key]);
      else if (c.role === "bonus") v = typed("bonus", row, rowBonus[row.key]);
      else if (c.role === "checker") v = checkers?.[c.checker ?? 0];
      else if (c.role === "agreed") {
        if (o.override?.agreed?.[row.key] !== undefined) v = o.override.agreed[row.key];
        else if (hasCheckers && checkers) {
          const first = o.columns.findIndex((x) => x.role === "checker") + 1;
          v = formula(`AVERAGE(${addr(r, first)}:${addr(r, first + 2)})`);
        } else v = typed("agreed", row, agreed?.[row.key]);
      } else if (c.role === "note") v = o.remarks?.[row.key];
      else if (c.role === "extra")
        v = c.rowFormula ? formula(c.rowFormula(r, letterOf)) : c.values?.[row.key];
      const isScore = SCORE_ROLES.includes(c.role) || c.role === "max";
      put(ws, r, cj, v, isScore ? scoreStyle : c.role === "content" ? { wrap: true } : { align: "center" });
    });
    rowOf.set(row.key, r++);
    if (o.tallRows?.includes(row.key)) {
      o.columns.forEach((_, j) => {
        put(ws, r, j + 1, undefined);
        ws.mergeCells(r - 1, j + 1, r, j + 1);
      });
      r++;
    }
    if (o.notes === false) return;
    for (const [i, note] of (leaf.notes ?? []).entries()) {
      put(ws, r, at("content"), note, { italic: true, wrap: true });
      const graded = o.notePoints ? /:\s*(\d+(?:[.,]\d+)?)\s*điểm$/u.exec(note) : null;
      if (graded && at("max") > 0)
        put(ws, r, at("max"), Number((graded[1] as string).replace(",", ".")), {
          italic: true,
          align: "center",
        });
      const stray = i === 0 ? o.noteCells?.[row.key] : undefined;
      for (const [role, value] of Object.entries(stray ?? {}))
        put(ws, r, at(role as Role), value, scoreStyle);
      r++;
    }
  };

  const sumColumns = o.columns
    .map((c, j) => ({ c, j: j + 1 }))
    .filter(({ c }) => c.role === "self" || c.role === "checker" || (c.role === "agreed" && agreedComplete));

  const writeGroup = (row: Row): void => {
    const group = row.node;
    if (!isGroup(group)) return;
    if (o.spacerBeforeBonus && row.depth === 0 && row.section !== "standard" && !spacerDone) {
      spacerDone = true;
      r++; // a blank bordered row: the box below draws its borders
    }
    const withRow = o.groupRows !== false;
    const here = withRow ? r++ : 0;
    if (withRow) {
      rowOf.set(row.key, here);
      if (o.mergedGroupTitles && at("tt") > 0 && at("content") === at("tt") + 1) {
        put(ws, here, at("tt"), numbered(group.tt, group.title), { bold: true, wrap: true });
        put(ws, here, at("content"), undefined, { bold: true });
        ws.mergeCells(here, at("tt"), here, at("content"));
      } else if (o.numberInContent || at("tt") === 0) {
        put(ws, here, at("content"), numbered(group.tt, group.title), { bold: true, wrap: true });
      } else {
        put(ws, here, at("tt"), ttCell(o.printKeys ? row.key : group.tt), { bold: true, align: "center" });
        put(ws, here, at("content"), group.title, { bold: true, wrap: true });
      }
      if (at("max") > 0 && o.groupMax !== false)
        put(
          ws,
          here,
          at("max"),
          o.deductionMaxNegative && row.section === "deduction" ? -groupPoints(group) : groupPoints(group),
          { bold: true, align: "center", numFmt: o.numFmt },
        );
    }
    for (const child of rows.filter((x) => x.parents.at(-1) === row.key)) {
      if (isGroup(child.node)) writeGroup(child);
      else writeLeaf(child);
    }
    const children = rows.filter((x) => x.parents.at(-1) === row.key);
    if (o.groupSums !== false && withRow) {
      sumRowOf.set(row.key, here);
      pending.push(() => {
        for (const { j } of sumColumns) {
          const cells = children.map((ch) => rowOf.get(ch.key) as number);
          const allLeaves = children.every((ch) => !isGroup(ch.node));
          const short = o.shortSums?.includes(row.key) ? 1 : 0;
          const f = allLeaves
            ? `SUM(${addr(Math.min(...cells), j)}:${addr(Math.max(...cells) - short, j)})`
            : cells.map((c) => addr(c, j)).join("+");
          put(ws, here, j, formula(f), { bold: true, align: "center", numFmt: o.numFmt });
        }
      });
    }
    if (o.subtotals && row.depth === 0 && row.section === "standard") {
      const sub = r++;
      sumRowOf.set(row.key, sub);
      subRowOf.set(row.key, sub);
      put(ws, sub, at("content"), o.subtotals(group), { bold: true, italic: true });
      if (o.subtotalMax && at("max") > 0)
        put(ws, sub, at("max"), groupPoints(group), { bold: true, align: "center", numFmt: o.numFmt });
      pending.push(() => {
        const cells = children.map((ch) => rowOf.get(ch.key) as number);
        for (const { j } of sumColumns)
          put(ws, sub, j, formula(`SUM(${addr(Math.min(...cells), j)}:${addr(Math.max(...cells), j)})`), {
            bold: true,
            align: "center",
            numFmt: o.numFmt,
          });
      });
    }
  };

  const tops = rows.filter((x) => x.depth === 0);
  const standardTops = tops.filter((t) => t.section === "standard");
  /** A group's subtotal as the secretary refers to it: its sum row, else a SUM over its criteria rows. */
  const ref = (key: string, j: number, sums: ReadonlyMap<string, number>): string => {
    const s = sums.get(key);
    if (s !== undefined) return addr(s, j);
    const own = rows.find((x) => x.key === key);
    if (own && !isGroup(own.node)) return addr(rowOf.get(key) as number, j);
    const leaves = rows
      .filter((x) => x.parents.includes(key) && !isGroup(x.node))
      .map((x) => rowOf.get(x.key) as number);
    return `SUM(${addr(Math.min(...leaves), j)}:${addr(Math.max(...leaves), j)})`;
  };
  const cellStyle = { bold: true, align: "center" as const, numFmt: o.numFmt };
  let partRow: number | undefined;
  for (const top of tops) {
    if (isGroup(top.node)) writeGroup(top);
    else writeLeaf(top);
    if (o.partTotal && top === standardTops.at(-1)) {
      partRow = r++;
      put(ws, partRow, at("content"), o.partTotal, { bold: true });
      const p = partRow;
      pending.push(() => {
        const maxCol = at("max");
        const groupRowsNow =
          o.groupMax === false
            ? subRowOf
            : new Map([...rowOf].filter(([key]) => tops.some((t) => t.key === key)));
        if (maxCol > 0)
          put(
            ws,
            p,
            maxCol,
            formula(standardTops.map((t) => ref(t.key, maxCol, groupRowsNow)).join("+")),
            cellStyle,
          );
        for (const { j } of sumColumns)
          put(ws, p, j, formula(standardTops.map((t) => ref(t.key, j, sumRowOf)).join("+")), cellStyle);
      });
    }
  }

  // The total: standard (or the part subtotal) + bonus ± deduction, as the secretary writes it.
  let totalRow: number | undefined;
  if (o.total !== false) {
    totalRow = r++;
    const t = totalRow;
    put(ws, t, at("content"), o.total ?? "TỔNG CỘNG", { bold: true, align: "center" });
    const negative = deductionsNegative(type);
    pending.push(() => {
      const groupRowsNow =
        o.groupMax === false
          ? subRowOf
          : new Map([...rowOf].filter(([key]) => tops.some((x) => x.key === key)));
      if (at("max") > 0 && o.totalMaxCell !== undefined) put(ws, t, at("max"), o.totalMaxCell, cellStyle);
      else if (at("max") > 0) {
        const j = at("max");
        const f = partRow ? addr(partRow, j) : standardTops.map((s) => ref(s.key, j, groupRowsNow)).join("+");
        put(ws, t, j, formula(f), cellStyle);
      }
      for (const { j } of sumColumns) {
        let f = partRow ? addr(partRow, j) : standardTops.map((s) => ref(s.key, j, sumRowOf)).join("+");
        for (const top of tops.filter((x) => x.section === "bonus")) f += `+${ref(top.key, j, sumRowOf)}`;
        for (const top of tops.filter((x) => x.section === "deduction"))
          f += `${negative ? "+" : "-"}${ref(top.key, j, sumRowOf)}`;
        put(ws, t, j, formula(f), cellStyle);
      }
      const bonusCol = at("bonus");
      if (bonusCol > 0)
        put(
          ws,
          t,
          bonusCol,
          formula(`SUM(${addr(firstBody, bonusCol)}:${addr(t - 1, bonusCol)})`),
          cellStyle,
        );
    });
  }
  for (const f of pending) f();
  box(ws, headerRow, 1, r - 1, n);

  // Signature block, then the rows the secretary formatted far below.
  writeFormBottom(ws, o, split, n, r);
  setWidths(
    ws,
    o.columns.map(
      (c) =>
        c.width ??
        { tt: 6, content: 56, max: 10, note: 18 }[c.role as string] ??
        (c.role === "checker" ? 9 : 11),
    ),
  );
  finishSheet(ws, Math.max(1, at("content")), o.columns.length > 7);
  o.columns.forEach((c, j) => {
    if (c.hidden) ws.getColumn(j + 1).hidden = true;
  });
  const colOf = new Map<Role, string>();
  o.columns.forEach((c, j) => {
    if (!colOf.has(c.role)) colOf.set(c.role, col(j + 1));
  });
  return { ws, rowOf, colOf, titleRow, aboveRows, headerRow, totalRow };
}
