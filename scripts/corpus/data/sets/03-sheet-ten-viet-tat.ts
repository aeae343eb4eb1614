/**
 * Set 03: the units' forms pasted as sheets of the bloc workbook, named as the secretary names tabs:
 * `Sở TC`, `VP UBND`, `Sở Nội vụ`, `STP` (the code), `Sở Kế hoạch và Đầu tư` (the full name). Each
 * form also says `Đơn vị: …`. Self-scores only; a `Hướng dẫn` sheet of plain text sits among them.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { line, put, setWidths } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_NAM_DINH as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  STC: "I.1 19, I.2 14, I.3 14.5, II.2 6.5, III.2 7.5, IV.1 2",
  VPUBND: "I.1 19, I.2 14, I.4 9.5, III.3 6.5, IV.2 1",
  SNV: "I.1 18.5, I.3 14, II.1 7.5, III.1 9, V.2 0.5",
  STP: "I.1 18, I.2 14, I.3 14, II.2 6.5, III.2 7.5, IV.1 1",
  SKHDT: "I.1 19, I.3 13.5, I.4 9, III.1 9.5, III.3 6, V.1 1",
});

export const SHEETS: Record<string, string> = {
  STC: "Sở TC",
  VPUBND: "VP UBND",
  SNV: "Sở Nội vụ",
  STP: "STP",
  SKHDT: "Sở Kế hoạch và Đầu tư",
};

/** Adds one unit's form sheet to the bloc workbook. */
export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: SHEETS[code] ?? code,
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Tự chấm", { role: "max", header: "Điểm tối đa" }),
    banner: { left: ["UBND TỈNH NAM ĐỊNH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Nam Định", 8, 12, 2023),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023",
    above: [`Đơn vị: ${u.name}`],
    total: "TỔNG ĐIỂM",
    ...options,
  });
}

export function addGuide(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Hướng dẫn");
  line(ws, 1, 1, 1, "HƯỚNG DẪN TỔNG HỢP", { bold: true });
  [
    "- Mỗi đơn vị tự chấm vào một sheet riêng, đặt tên sheet theo tên đơn vị.",
    "- Điểm thưởng, điểm trừ ghi vào mục IV, mục V của bảng tự chấm.",
    "- Gửi bảng tự chấm về Văn phòng UBND tỉnh trước ngày 10 tháng 12.",
  ].forEach((t, i) => put(ws, i + 2, 1, t));
  setWidths(ws, [90]);
}

export const set03: CorpusSet = {
  id: "03-sheet-ten-viet-tat",
  title: "unit forms as sheets of the bloc workbook named `Sở TC`, `VP UBND`, `Sở Nội vụ`, by code, by name",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "sheet-names-abbreviated",
    "don-vi-line",
    "extra-text-sheet",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2023", "(Khối thi đua các sở, ngành tổng hợp)"],
        headers: { max: "Điểm tối đa" },
      });
      addGuide(wb);
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
