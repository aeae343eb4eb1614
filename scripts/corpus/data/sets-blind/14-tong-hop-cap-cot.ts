/**
 * Blind set 14: the chair's master table with units as columns, each unit under its short name with
 * two columns, `ĐV tự chấm` then `Cụm chấm`; group rows with SUM, `Tổng cộng`, and a `Xếp hạng` row
 * typed under the cluster's columns. The cluster's points move the flag from Tỉnh đoàn to the Hội
 * Nông dân; a reader that takes each unit's first column reads the self-scores.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterPairs } from "../../lib/master-pairs.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { DOAN_THE_THAI_BINH as bloc } from "./blocs.js";
import { DOAN_THE as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const self = selfPoints(tree, {
  MTTQ: "I.1 14.5, I.3 9.5, II.2 7.5, III.1 9.5, IV.1 2",
  LDLD: "I.2 9.5, I.4 9, II.1 9.5, III.3 6.5, IV.1 3, V.1 0.5",
  HLHPN: "I.1 14, I.5 4.5, II.3 6.5, III.2 7.5, IV.1 2.5",
  TD: "I.3 9.5, II.2 7.5, IV.1 4",
  HND: "I.1 14.5, I.4 9.5, II.1 9.5, III.2 7.5, IV.1 3.5",
  HCCB: "I.2 9, I.3 9.5, II.3 6.5, III.3 6, IV.1 2, V.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { TD: "I.1 14, III.1 9, IV.1 2", HND: "IV.1 3", MTTQ: "III.1 9, IV.1 1", LDLD: "V.1 1" },
  "full",
);

export const SHORT: Record<string, string> = {
  MTTQ: "Ủy ban MTTQ tỉnh",
  LDLD: "LĐLĐ tỉnh",
  HLHPN: "Hội LHPN tỉnh",
  TD: "Tỉnh đoàn",
  HND: "Hội Nông dân tỉnh",
  HCCB: "Hội CCB tỉnh",
};

export const set14: CorpusSet = {
  id: "14-tong-hop-cap-cot",
  title:
    "master table, units as columns with two each (`ĐV tự chấm | Cụm chấm` under the unit's short name); the cluster's points move the flag",
  layout: ["published-criteria", "master-units-as-columns", "self-and-agreed-per-unit", "rank-row-typed"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ THI ĐUA NĂM 2024 - CỤM CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI"],
      });
      addMasterPairs(wb, {
        sheetName: "Tổng hợp 2024",
        units: bloc.units,
        unitHeader: (u) => SHORT[u.code] ?? u.name,
        tree,
        scores: { self, agreed },
        title: [
          "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
          "Cụm thi đua các tổ chức chính trị - xã hội tỉnh",
        ],
        selfHeader: "ĐV tự chấm",
        agreedHeader: "Cụm chấm",
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
