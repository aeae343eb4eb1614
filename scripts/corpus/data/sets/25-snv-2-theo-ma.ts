/**
 * Set 25: per-unit workbooks in the contract's layout (file and sheet named by code), but Sở Nội vụ
 * copied last year's sheet: `SNV.xlsx` holds `SNV` (title NĂM 2023, last year's points) and `SNV (2)`
 * (title NĂM 2024). Reading `SNV` would give SNV the flag.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_THAI_NGUYEN as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 19, I.2 14.5, I.3 14, II.1 7.5, III.3 6.5, V.2 0.5",
  STC: "I.1 19.5, I.2 14.5, I.4 9, II.2 6.5, III.1 9.5, IV.1 1.5",
  SKHDT: "I.1 18.5, I.3 14.5, II.2 6.5, III.2 7.5, IV.2 1",
  VPUBND: "I.2 14, I.4 9.5, II.1 7, III.1 9, IV.1 0.5",
  STP: "I.1 18.5, I.2 14.5, I.4 8.5, III.2 7, IV.2 1",
  TTr: "I.1 18, I.3 13.5, II.2 6.5, III.3 6, V.1 1",
});

export const lastYear = selfPoints(tree, { SNV: "I.1 19.5, IV.1 2" });

export function addSheet(
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
    columns: [
      { role: "tt", header: "Mã tiêu chí" },
      { role: "content", header: "Nội dung" },
      { role: "max", header: "Điểm tối đa" },
      { role: "self", header: "Tự chấm" },
      NOTE,
    ],
    banner: { left: ["UBND TỈNH THÁI NGUYÊN", upper(u.name)], motto: "state" },
    dateLine: dateLine("Thái Nguyên", 9, 12, year),
    title: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    groupRows: false,
    printKeys: true,
    total: "Tổng cộng",
    signature: false,
    ...options,
  });
}

/** Every unit's file but SNV's, one sheet named by the code. */
export function otherFiles(): OutFile[] {
  return bloc.units
    .filter((u) => u.code !== "SNV")
    .map((u) => {
      const wb = newBook();
      addSheet(wb, u.code, u.code, 2024);
      return { path: `don-vi/${u.code}.xlsx`, book: wb };
    });
}

export const set25: CorpusSet = {
  id: "25-snv-2-theo-ma",
  title: "contract per-unit workbooks, but `SNV.xlsx` holds last year's `SNV` (2023) beside `SNV (2)` (2024)",
  layout: ["contract-criteria", "unit-files", "file-named-by-code", "last-year-sheet-kept", "title-year"],
  bloc,
  tree,
  scores: { self },
  build() {
    const snv = newBook();
    addSheet(snv, "SNV", "SNV", 2023);
    addSheet(snv, "SNV", "SNV (2)", 2024);
    return {
      files: [
        { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addContractCriteria(wb, tree)) },
        { path: "don-vi/SNV.xlsx", book: snv },
        ...otherFiles(),
      ],
    };
  },
};
