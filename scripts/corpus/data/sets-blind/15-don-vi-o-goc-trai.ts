/**
 * Blind set 15: every unit filled the chair's template and sent it back under the template's own
 * name, saved by the secretary as `Mau tu cham diem 2024.xlsx`, `Mau tu cham diem 2024 (1).xlsx`… The
 * unit is named only in the banner's left column: its parent body above `Đơn vị: Cục Thuế tỉnh Đồng
 * Tháp`, beside the motto; no line across the sheet, sheet `Sheet1`.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TRUNG_UONG_DONG_THAP as bloc } from "./blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, unit } from "../presets.js";

export const self = selfPoints(tree, {
  KBNN: "I.1 9.5, I.3 9, II.2 4.5, III.1 4.5, IV.1 5.5, V.1 2.5",
  CT: "I.2 9, I.4 4.5, II.1 5.5, III.3 4.5, IV.2 4.5, V.1 1, V.2 1",
  HQ: "I.1 9, I.5 4.5, II.3 4.5, III.2 4.5, IV.3 4.5, V.2 1",
  BHXH: "I.3 9.5, II.4 3.5, III.4 4.5, IV.4 3.5, V.1 1, VI.2 0.5",
  NHNN: "I.1 8.5, I.2 9.5, II.1 5, III.1 4, IV.1 5, V.1 1.5",
  CTK: "I.2 9.5, I.4 4, II.2 4, III.3 4.5, IV.3 4, VI.1 1",
});

export const PARENT: Record<string, string> = {
  KBNN: "KHO BẠC NHÀ NƯỚC",
  CT: "TỔNG CỤC THUẾ",
  HQ: "TỔNG CỤC HẢI QUAN",
  BHXH: "BẢO HIỂM XÃ HỘI VIỆT NAM",
  NHNN: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
  CTK: "TỔNG CỤC THỐNG KÊ",
};

export function fileName(i: number): string {
  return i === 0 ? "Mau tu cham diem 2024.xlsx" : `Mau tu cham diem 2024 (${i}).xlsx`;
}

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: [PARENT[code] ?? "", `Đơn vị: ${u.name}`], motto: "state" },
    dateLine: dateLine("Đồng Tháp", 11, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh)"],
    ...options,
  });
  return { path: `don-vi/${fileName(bloc.units.indexOf(u))}`, book: wb, sheet };
}

export const set15: CorpusSet = {
  id: "15-don-vi-o-goc-trai",
  title:
    "every file named after the template (`Mau tu cham diem 2024 (3).xlsx`), the unit named only by `Đơn vị: …` in the banner's left column",
  layout: ["published-criteria", "unit-files", "generic-file-names", "unit-line-in-banner-left-column"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
