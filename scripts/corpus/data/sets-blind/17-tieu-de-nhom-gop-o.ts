/**
 * Blind set 17: group rows whose number and title are one text merged over the code and content
 * cells (`I. THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN` across A:B), in the published table and in the forms;
 * criteria keep `1`, `2` in the code column. The forms are sheets of the bloc workbook named by code,
 * one of them `BĐBP` (a code with a Vietnamese letter).
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { NOI_CHINH_CAO_BANG as bloc } from "./blocs.js";
import { NOI_CHINH as tree } from "../trees.js";
import { blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CA: "I.1 19.5, I.3 9.5, II.2 6.5, III.1 6.5, IV.1 2",
  BCHQS: "I.2 9.5, II.1 7.5, III.3 5.5, IV.1 3, IV.2 1",
  BĐBP: "I.1 19, I.4 9.5, II.3 4.5, III.2 5.5, IV.2 1.5, V.2 0.5",
  VKS: "I.1 18.5, I.2 9, II.4 4.5, III.4 5.5, IV.1 2.5",
  TAND: "I.3 9, II.2 6, III.1 6, IV.1 1, V.1 1.5",
  TTr: "I.1 18, I.4 9, II.1 7, III.3 5, IV.2 2",
});

export const agreed = agreedPoints(tree, self, { BCHQS: "IV.1 2", CA: "I.3 9" }, "full");

export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: code,
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Khối chấm"),
    banner: { left: ["UBND TỈNH CAO BẰNG", upper(u.name)], motto: "state" },
    dateLine: dateLine("Cao Bằng", 12, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    mergedGroupTitles: true,
    ...options,
  });
}

export const set17: CorpusSet = {
  id: "17-tieu-de-nhom-gop-o",
  title:
    "group rows as one text merged over the code and content cells (`I. THỰC HIỆN…` across A:B); sheets named by code, one `BĐBP`",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "merged-group-titles",
    "code-with-vietnamese-letter",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Khối thi đua các cơ quan nội chính tỉnh Cao Bằng)"],
        mergedGroupTitles: true,
      });
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
