/**
 * Blind set 36: the chair's master table with units as rows where each group's criteria numbers are
 * followed by the group's own `Cộng` column (a SUM of them), all under the group's title, then
 * `Điểm thưởng`, `Điểm trừ`, `Tổng điểm` (over the `Cộng` columns) and `Xếp hạng`. A reader that
 * takes `Cộng` for one more criterion counts every standard point twice.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterGroups } from "../../lib/master-groups.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { MIEN_TAY_NGHE_AN as bloc } from "../blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  CCUONG: "I.1 9.5, I.3 9, II.2 5.5, III.1 7.5, IV.2 6.5, VI.1 2",
  TDUONG: "I.2 9, II.1 6.5, II.4 5.5, IV.1 7.5, VI.2 1.5, VII.2 0.5",
  KSON: "I.1 8.5, I.4 4.5, II.3 5, III.2 6.5, V.1 4.5, VI.1 1",
  ASON: "I.2 9.5, II.2 5.5, III.1 7, VI.1 2.5",
  TCHUONG: "I.3 9.5, II.4 5.5, IV.2 6.5, VI.1 2.5, VII.1 1",
});

export const set36: CorpusSet = {
  id: "36-tong-hop-dong-cot-cong",
  title:
    "master table, units as rows, each group's criteria followed by its own `Cộng` column (a SUM), then bonus, deduction, total, rank",
  layout: ["published-criteria", "master-units-as-rows", "group-subtotal-columns", "rotation-order"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 3"] });
      addMasterGroups(wb, {
        sheetName: "Tổng hợp điểm",
        units: bloc.units,
        unitLabel: (u) => u.name.replace("Ủy ban nhân dân", "UBND"),
        tree,
        scores: { self: {}, agreed: points },
        title: ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 3 các huyện miền Tây tỉnh Nghệ An"],
        criteriaThen: "Cộng",
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
