/**
 * Blind set 37: each unit's workbook holds two sheets in the same layout: `Tự chấm`, the unit's own
 * points, and `Khối chấm`, the bloc's checked points for the same rows under `Điểm Khối chấm` (titled
 * `KẾT QUẢ THẨM ĐỊNH`). The bloc's sheet decides: it moves the flag from STC to SNV. A reader that
 * takes the first sheet reads the self-scores.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { TONG_HOP_NAM_DINH as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { ascii, blocBook, CONTENT, dateLine, MAX, NOTE, selfColumns, TT, upper } from "../presets.js";

export const self = selfPoints(tree, {
  STC: "I.1 19.5, I.3 14.5, II.2 6.5, III.1 9.5, IV.1 3",
  VPUBND: "I.2 14, I.4 9.5, II.1 7.5, III.3 6.5, IV.2 1.5",
  SNV: "I.1 19, II.2 6.5, III.2 7.5, IV.1 2.5",
  STP: "I.3 14, I.4 9, II.1 7, III.1 9.5, IV.1 2, V.2 0.5",
  SKHDT: "I.1 18.5, I.2 14.5, II.2 6, III.3 6.5, IV.2 2",
});

export const agreed = agreedPoints(
  tree,
  self,
  { STC: "I.1 18.5, I.3 13.5, IV.1 1.5", VPUBND: "IV.2 0.5", STP: "V.2 1.5" },
  "full",
);

export const set37: CorpusSet = {
  id: "37-sheet-tu-cham-va-khoi-cham",
  title:
    "each unit's workbook holds `Tự chấm` (its own points) and `Khối chấm` (the bloc's checked points, same rows): the bloc's sheet moves the flag",
  layout: ["published-criteria", "unit-files", "agreed-on-own-sheet", "two-sheets-per-unit"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2023"] }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      const common = {
        unit: u,
        tree,
        banner: { left: ["UBND TỈNH NAM ĐỊNH", upper(u.name)], motto: "state" as const },
        above: [`Đơn vị: ${u.name}`],
      };
      addUnitForm(wb, {
        ...common,
        sheetName: "Tự chấm",
        scores: { self },
        columns: selfColumns("Điểm tự chấm"),
        dateLine: dateLine("Nam Định", 4, 12, 2023),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023",
      });
      addUnitForm(wb, {
        ...common,
        sheetName: "Khối chấm",
        scores: { self: agreed },
        columns: [TT, CONTENT, MAX, { role: "self", header: "Điểm Khối chấm" }, NOTE],
        dateLine: dateLine("Nam Định", 18, 12, 2023),
        title: "KẾT QUẢ THẨM ĐỊNH, CHẤM ĐIỂM THI ĐUA NĂM 2023",
        subtitle: ["(Tổ thẩm định Khối thi đua các sở, ngành tổng hợp)"],
        signature: ["TỔ TRƯỞNG TỔ THẨM ĐỊNH", "KHỐI TRƯỞNG"],
      });
      files.push({ path: `don-vi/${ascii(u.name)} 2023.xlsx`, book: wb });
    }
    return { files };
  },
};
