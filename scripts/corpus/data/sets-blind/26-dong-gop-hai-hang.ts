/**
 * Blind set 26: criteria whose text runs long are two rows merged top to bottom in every column of
 * the forms (code, text, maximum, score, note): Excel shows one criterion, and a reader that gives
 * each row of a merge the master cell's value sees it twice.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { THAM_MUU_HA_TINH as bloc } from "../blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 9.5, I.3 9, II.2 4.5, III.1 4.5, IV.1 5.5, V.1 2",
  STC: "I.2 9, II.1 5.5, III.3 4.5, IV.2 4.5, V.2 1",
  SKHDT: "I.1 9, I.3 9.5, II.4 3.5, IV.4 3.5, V.1 1, VI.2 0.5",
  VPUBND: "I.2 9.5, II.3 4.5, III.2 4.5, IV.3 4.5, V.1 2.5",
  STP: "I.1 8.5, I.4 4.5, II.1 5, III.4 4.5, V.2 0.5",
  TTr: "I.2 9.5, I.5 4.5, II.2 4, IV.3 4, V.1 3, VI.1 2.5",
  CTK: "I.1 9, I.3 9, II.4 3.5, III.4 4.5, IV.3 4, V.2 1.5",
});

export const agreed = agreedPoints(tree, self, { TTr: "V.1 2", VPUBND: "V.1 2" }, "full");

/** The rows whose text the secretary let run over two merged rows. */
export const TALL = ["I.1", "I.2", "II.1", "IV.3"];

export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: code,
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Khối chấm"),
    banner: { left: ["UBND TỈNH HÀ TĨNH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Hà Tĩnh", 9, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    tallRows: TALL,
    ...options,
  });
}

export const set26: CorpusSet = {
  id: "26-dong-gop-hai-hang",
  title:
    "long criteria written as two rows merged top to bottom in every column of the forms (code, text, maximum, scores)",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "vertically-merged-criterion-rows",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] });
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
