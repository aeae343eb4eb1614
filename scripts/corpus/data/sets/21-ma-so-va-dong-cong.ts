/**
 * Set 21: decimal codes (`1.1`, `2.3`) that Excel stored as numbers in the units' forms, group rows
 * carrying only their points with a `Cộng mục 1` row under each group instead, bonus and deduction as
 * groups `4. ĐIỂM THƯỞNG`, `5. ĐIỂM TRỪ`; each unit file also holds a `Minh chứng` sheet of text.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook, put, setWidths } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { THAM_MUU_BEN_TRE as bloc } from "../blocs.js";
import { MA_SO as tree } from "../trees.js";
import { blocBook, dateLine, twoRowColumns, upper } from "../presets.js";

export const self = selfPoints(tree, {
  VPUBND: "1.1 19.5, 1.2 14.5, 2.2 7.5, 3.1 11.5, 4.1 1",
  SNV: "1.1 19, 1.3 9.5, 2.1 9.5, 3.2 9.5, 4.2 1",
  STC: "1.1 19, 1.2 14, 2.3 6.5, 3.3 7.5, 4.1 1.5",
  SKHDT: "1.1 18.5, 1.3 9, 2.2 7, 3.1 11, 5.2 0.5",
  STP: "1.2 14, 1.3 9.5, 2.1 9, 3.3 7, 4.2 1",
  TTr: "1.1 18, 1.2 14.5, 2.3 6, 3.2 9, 5.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { VPUBND: "1.2 14", SNV: "3.2 9", STC: "4.1 0.5", STP: "2.1 8.5" },
  "full",
);

export const set21: CorpusSet = {
  id: "21-ma-so-va-dong-cong",
  title:
    "decimal codes stored as numbers, `Cộng mục` rows under each group, a text-only `Minh chứng` sheet in each file",
  layout: [
    "published-criteria",
    "unit-files",
    "decimal-codes-as-numbers",
    "group-subtotal-rows",
    "extra-text-sheet",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"],
            headers: { tt: "Mã số" },
          }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      addUnitForm(wb, {
        sheetName: "Tự chấm",
        unit: u,
        tree,
        scores: { self, agreed },
        columns: twoRowColumns("Tự chấm", "Khối chấm", "Điểm"),
        banner: { left: ["UBND TỈNH BẾN TRE", upper(u.name)], motto: "state" },
        dateLine: dateLine("Bến Tre", 10, 12, 2024),
        title: "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THI ĐUA NĂM 2024",
        above: [`Đơn vị: ${u.name}`],
        ttNumbers: true,
        groupSums: false,
        subtotals: (g) => `Cộng mục ${g.tt}`,
      });
      const ws = wb.addWorksheet("Minh chứng");
      put(ws, 1, 1, "DANH MỤC TÀI LIỆU MINH CHỨNG", { bold: true });
      [
        "Kế hoạch số 12/KH ngày 10/02/2024 phát động thi đua",
        "Báo cáo tổng kết công tác năm 2024",
        "Quyết định khen thưởng",
      ].forEach((t, i) => put(ws, i + 2, 1, `${i + 1}. ${t}`));
      setWidths(ws, [80]);
      files.push({ path: `don-vi/${u.code}_TuCham2024.xlsx`, book: wb });
    }
    return { files };
  },
};
