/**
 * Set 05: units that copied last year's form inside the same workbook. `SNV.xlsx` holds `SNV` (title
 * NĂM 2023, last year's points) and `SNV (2)` (title NĂM 2024); `So Tai chinh.xlsx` holds `Năm 2023`
 * and `Năm 2024`. This year's sheets must be read: last year's would give SNV the flag.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import type ExcelJS from "exceljs";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_NGHE_AN as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 19, I.2 14, I.3 14, II.1 7.5, III.3 6.5, V.2 0.5",
  STC: "I.1 19.5, I.3 14.5, I.4 9, II.2 6.5, III.1 9.5, IV.1 1",
  SKHDT: "I.1 18.5, I.3 14.5, II.2 6, III.2 7.5, IV.2 1",
  VPUBND: "I.2 14, I.4 9.5, II.1 7, III.1 9, IV.1 0.5",
  TTr: "I.1 18, I.3 13.5, II.2 6.5, III.3 6, V.1 1",
  STP: "I.1 18.5, I.2 14.5, I.4 8.5, III.2 7, IV.2 1",
});

/** Last year's points, still in the workbooks. */
export const lastYear = selfPoints(tree, {
  SNV: "I.1 19.5, III.1 9.5, IV.1 1.5",
  STC: "I.1 17, I.2 13, I.3 13, III.1 8",
});

export function addForm(
  wb: ExcelJS.Workbook,
  code: string,
  sheetName: string,
  year: number,
  options: Partial<FormOptions> = {},
) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName,
    unit: u,
    tree,
    scores: { self: year === 2024 ? self : lastYear },
    columns: selfColumns("Tự chấm"),
    banner: { left: ["UBND TỈNH NGHỆ AN", upper(u.name)], motto: "state" },
    dateLine: dateLine("Nghệ An", 12, 12, year),
    title: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    subtitle: ["Khối thi đua các sở, ngành khối tổng hợp"],
    ...options,
  });
}

export function otherFiles(): OutFile[] {
  const single: [string, string, string][] = [
    ["SKHDT", "SKHDT.xlsx", "SKHDT"],
    ["VPUBND", "Van phong UBND tinh.xlsx", "Sheet1"],
    ["TTr", "TTr.xlsx", "TTr"],
    ["STP", "STP.xlsx", "STP"],
  ];
  return single.map(([code, file, sheet]) => {
    const wb = newBook();
    addForm(wb, code, sheet, 2024);
    return { path: `don-vi/${file}`, book: wb };
  });
}

export const PUBLISHED = { title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] };

export const set05: CorpusSet = {
  id: "05-sheet-nam-truoc",
  title:
    "workbooks keeping last year's sheet: `SNV` (2023) beside `SNV (2)` (2024), `Năm 2023` beside `Năm 2024`",
  layout: ["published-criteria", "unit-files", "last-year-sheet-kept", "title-year", "sheet-named-by-code"],
  bloc,
  tree,
  scores: { self },
  build() {
    const snv = newBook();
    addForm(snv, "SNV", "SNV", 2023);
    addForm(snv, "SNV", "SNV (2)", 2024);
    const stc = newBook();
    addForm(stc, "STC", "Năm 2023", 2023);
    addForm(stc, "STC", "Năm 2024", 2024);
    const files: OutFile[] = [
      { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, PUBLISHED)) },
      { path: "don-vi/SNV.xlsx", book: snv },
      { path: "don-vi/So Tai chinh.xlsx", book: stc },
      ...otherFiles(),
    ];
    return { files };
  },
};
