/**
 * `Tiêu chí` typed in the contract's own layout (`Mã | Nội dung | Điểm tối đa | Loại | Nhóm`), the
 * way a secretary who read the tool's guide retypes the province's table: one row per criterion, its
 * full code, `thưởng`/`trừ` in `Loại`, the group heading in `Nhóm`.
 */
import type ExcelJS from "exceljs";
import type { Group } from "./model.js";
import { isGroup } from "./model.js";
import { box, finishSheet, put, setWidths } from "./book.js";
import { flatten } from "./tree.js";

const TYPE = { standard: undefined, bonus: "thưởng", deduction: "trừ" } as const;

export function addContractCriteria(wb: ExcelJS.Workbook, tree: readonly Group[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Tiêu chí");
  ["Mã", "Nội dung", "Điểm tối đa", "Loại", "Nhóm"].forEach((h, j) =>
    put(ws, 1, j + 1, h, { bold: true, align: "center", border: true }),
  );
  const titles = new Map<string, string>();
  let r = 2;
  for (const row of flatten(tree)) {
    const node = row.node;
    if (isGroup(node)) {
      titles.set(row.key, `${node.tt}. ${node.title}`);
      continue;
    }
    const top = row.parents[0];
    put(ws, r, 1, row.key, { align: "center" });
    put(ws, r, 2, node.text, { wrap: true });
    put(ws, r, 3, node.max, { align: "center" });
    put(ws, r, 4, TYPE[row.section]);
    put(ws, r, 5, row.section === "standard" && top !== undefined ? titles.get(top) : undefined);
    r++;
  }
  box(ws, 1, 1, r - 1, 5);
  setWidths(ws, [8, 70, 12, 10, 44]);
  finishSheet(ws, 2);
  return ws;
}
