/**
 * Blind set 18: the summary a conference is shown: units as rows, one column per group of criteria
 * (`I. PHÁT TRIỂN KINH TẾ (35đ)`…), then `Điểm thưởng`, `Điểm trừ`, `Tổng điểm` and `Xếp hạng`. The
 * criteria's own points are in the districts' forms, which the chair did not pass: the group points
 * are the bloc's final points as agreed.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterGroups } from "../../lib/master-groups.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { CUM_NAM_DINH as bloc } from "./blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  YYEN: "I.1 9, I.3 9.5, II.2 5.5, III.1 7.5, VI.1 2, VII.2 1",
  VBAN: "I.2 9.5, II.1 6.5, IV.1 7.5, VI.1 3, VI.2 1",
  MLOC: "I.1 8.5, I.4 4.5, II.3 5, III.2 6.5, VI.2 1.5",
  NTRUC: "I.2 9, I.3 9, II.4 5.5, IV.2 6.5, VI.1 1.5, VII.1 1",
  TNINH: "I.1 9.5, II.2 5.5, III.1 7, V.1 4.5, VI.1 2.5",
  XTRUONG: "I.3 9.5, I.4 4.5, II.1 6, V.2 4.5, VI.2 1.5",
});

export const set18: CorpusSet = {
  id: "18-tong-hop-theo-nhom",
  title:
    "summary with units as rows and one column per group of criteria (not per criterion), then bonus, deduction, total and rank",
  layout: ["published-criteria", "master-units-as-rows", "group-level-columns"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 3"] });
      addMasterGroups(wb, {
        sheetName: "Kết quả",
        units: bloc.units,
        unitLabel: (u) => u.name.replace("Ủy ban nhân dân", "UBND"),
        tree,
        scores: { self: {}, agreed: points },
        title: ["KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 3 các huyện tỉnh Nam Định"],
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
