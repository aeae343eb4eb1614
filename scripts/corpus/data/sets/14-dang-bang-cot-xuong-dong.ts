/**
 * Set 14: a Party bloc's master table, units as columns headed by full names broken over two lines
 * (no codes row), the nested table with `B. ĐIỂM CỘNG` and `C. ĐIỂM TRỪ` rows, deductions typed as
 * negative numbers that the `Tổng cộng` formula adds.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { DANG_HA_TINH as bloc } from "../blocs.js";
import { DANG as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  BTC: "A.I.1 14.5, A.I.4 7.5, A.II.3 5.5, A.III.1 7.5, B.1 1",
  BTG: "A.I.2 9.5, A.I.5 6.5, A.II.2 5.5, A.III.3 6.5, B.2 0.5",
  UBKT: "A.I.1 14, A.I.3 9.5, A.II.1 7.5, A.III.2 4.5, C.2 0.5",
  VPTU: "A.I.1 13.5, A.I.4 7.5, A.II.4 4.5, A.III.4 4.5, B.1 1",
  BDV: "A.I.3 9, A.I.5 6.5, A.II.3 5, A.III.1 7, C.1 1",
  BNC: "A.I.2 9, A.I.4 7, A.II.2 5.5, A.III.3 6, B.2 1",
});

export const set14: CorpusSet = {
  id: "14-dang-bang-cot-xuong-dong",
  title:
    "Party master table, units as columns headed by names broken over two lines, B. ĐIỂM CỘNG / C. ĐIỂM TRỪ, deductions negative",
  layout: [
    "published-criteria",
    "master-units-as-columns",
    "unit-names-with-line-breaks",
    "nested-groups",
    "sections-lettered",
    "deduction-typed-negative-number",
  ],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Khối thi đua các cơ quan Đảng tỉnh)"],
        notes: false,
      });
      addMasterColumns(wb, {
        sheetName: "Bảng điểm 2024",
        units: bloc.units,
        unitHeader: (u) => u.name.replace(" Tỉnh ủy", "\nTỉnh ủy"),
        tree,
        scores: { self: {}, agreed: points },
        title: ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024", "Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh"],
        typing: typing({ deduction: "minus-number" }),
        rankLabel: false,
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
