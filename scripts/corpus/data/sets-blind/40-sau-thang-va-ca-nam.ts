/**
 * Blind set 40: units keep their mid-year self-assessment beside the year-end one in the same
 * workbook: sheet `6 tháng` titled `… 6 THÁNG ĐẦU NĂM 2024` (its own, lower points) first, then sheet
 * `Cả năm` titled `… NĂM 2024`. Both say 2024; only the year-end sheet is the year's scoring. Reading
 * the mid-year sheets gives the flag to SGTVT instead of SCT.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { KINH_TE_THAI_BINH as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { ascii, blocBook, dateLine, selfColumns, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 19.5, I.3 14.5, II.2 7, III.1 9.5, IV.1 3",
  SNN: "I.2 14, I.4 9.5, II.1 7.5, III.3 6.5, IV.2 1",
  SXD: "I.1 19, II.2 6.5, III.2 7.5, IV.1 2, V.2 0.5",
  SGTVT: "I.3 14, I.4 9, II.1 7, III.1 9.5, IV.1 2.5",
  STNMT: "I.1 18.5, I.2 14.5, II.2 6, III.3 6.5, IV.2 1",
});

/** The mid-year points: half a year's work, scored on the same table. */
export const midYear = selfPoints(tree, {
  SCT: "I.1 16, I.2 12, I.3 12, I.4 8, III.1 8, IV.1 1",
  SNN: "I.1 16.5, I.2 12.5, I.3 12, I.4 8, III.1 8.5",
  SXD: "I.1 16, I.2 12, I.3 12.5, I.4 8, III.1 8",
  SGTVT: "I.1 18, I.2 14, I.3 14, I.4 9, III.1 9, IV.1 3",
  STNMT: "I.1 16, I.2 12, I.3 12, I.4 8.5, III.1 8",
});

export const set40: CorpusSet = {
  id: "40-sau-thang-va-ca-nam",
  title:
    "each workbook keeps the mid-year sheet `6 tháng` (titled `6 THÁNG ĐẦU NĂM 2024`) before the year-end sheet `Cả năm` (`NĂM 2024`)",
  layout: ["published-criteria", "unit-files", "mid-year-sheet-same-year", "two-candidate-sheets"],
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
    for (const u of bloc.units) {
      const wb = newBook();
      const common = {
        unit: u,
        tree,
        columns: selfColumns("Điểm tự chấm"),
        banner: { left: ["UBND TỈNH THÁI BÌNH", upper(u.name)], motto: "state" as const },
        above: [`Đơn vị: ${u.name}`],
      };
      addUnitForm(wb, {
        ...common,
        sheetName: "6 tháng",
        scores: { self: midYear },
        dateLine: dateLine("Thái Bình", 28, 6, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA 6 THÁNG ĐẦU NĂM 2024",
      });
      addUnitForm(wb, {
        ...common,
        sheetName: "Cả năm",
        scores: { self },
        dateLine: dateLine("Thái Bình", 10, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
      });
      files.push({ path: `don-vi/${ascii(u.name)}.xlsx`, book: wb });
    }
    return { files };
  },
};
