/**
 * Blind set 20: unit workbooks that keep last year's sheet under a name with its year or as a copy:
 * `SNV.xlsx` holds `SNV 2023` and `SNV 2024`; `STC.xlsx` holds `STC` (last year's, titled NĂM 2023)
 * and `Copy of STC` (this year's, titled NĂM 2024). Reading last year's sheets gives the flag to SNV.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_BAC_KAN as bloc } from "./blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 9, I.3 9.5, II.2 4.5, III.1 4.5, IV.1 5.5, V.1 1",
  STC: "I.2 9.5, II.1 5.5, III.3 4.5, V.1 2.5",
  SKHDT: "I.3 9, II.4 3.5, IV.4 3.5, V.1 1.5",
  VPUBND: "I.1 9, I.2 9, II.3 4.5, III.2 4.5, IV.3 4.5, V.2 1, VI.2 0.5",
  STP: "I.1 8.5, I.4 4.5, II.1 5, III.4 4.5, IV.1 5, V.1 1",
});

export const lastYear = selfPoints(tree, {
  SNV: "I.1 9.5, V.1 3, V.2 2",
  STC: "I.1 8, I.2 8, II.1 5, IV.1 5, V.1 0.5",
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
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH BẮC KẠN", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bắc Kạn", 11, 12, year),
    title: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    ...options,
  });
}

export const set20: CorpusSet = {
  id: "20-sheet-co-nam",
  title:
    "last year's sheet kept beside this year's: `SNV 2023` and `SNV 2024`; `STC` (2023) and `Copy of STC` (2024)",
  layout: ["published-criteria", "unit-files", "sheet-names-with-years-and-copies", "two-candidate-sheets"],
  bloc,
  tree,
  scores: { self },
  build() {
    const snv = newBook();
    addForm(snv, "SNV", "SNV 2023", 2023);
    addForm(snv, "SNV", "SNV 2024", 2024);
    const stc = newBook();
    addForm(stc, "STC", "STC", 2023);
    addForm(stc, "STC", "Copy of STC", 2024);
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] }),
        ),
      },
      { path: "don-vi/SNV.xlsx", book: snv },
      { path: "don-vi/STC.xlsx", book: stc },
    ];
    for (const code of ["SKHDT", "VPUBND", "STP"]) {
      const wb = newBook();
      addForm(wb, code, code, 2024);
      files.push({ path: `don-vi/${code}.xlsx`, book: wb });
    }
    return { files };
  },
};
