/**
 * Set 06: the chair's master table with units as columns (`TT | Nội dung tiêu chí | Điểm chuẩn |
 * <unit>…`), short unit names over a row of codes, group rows with SUM, `Tổng cộng` and `Xếp hạng`
 * (RANK) rows, beside the published `Tiêu chí`. The cells hold the bloc's final points.
 */
import type { CorpusSet, Unit } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { DOAN_THE_BAC_GIANG as bloc } from "../blocs.js";
import { DOAN_THE as tree } from "../trees.js";
import { blocBook } from "../presets.js";

/** The bloc's final points, as the master table holds them. */
export const points = selfPoints(tree, {
  MTTQ: "I.1 14.5, I.3 9.5, I.4 9, II.2 7.5, III.1 9.5, IV.1 1",
  LDLD: "I.1 14, I.2 9.5, II.1 9.5, III.2 7.5, IV.1 2, V.1 0.5",
  HLHPN: "I.1 14.5, I.3 9, I.5 4.5, II.3 6.5, III.3 6.5, IV.1 1.5",
  TD: "I.2 9, I.4 9.5, II.1 9, III.1 9, V.1 1",
  HND: "I.1 13.5, I.3 9.5, II.2 7, III.2 7, IV.1 1",
  HCCB: "I.1 14, I.2 9, I.4 9, II.3 6.5, III.3 6.5",
});

export const SHORT: Record<string, string> = {
  MTTQ: "Ủy ban MTTQ tỉnh",
  LDLD: "LĐLĐ tỉnh",
  HLHPN: "Hội LHPN tỉnh",
  TD: "Tỉnh đoàn",
  HND: "Hội Nông dân tỉnh",
  HCCB: "Hội CCB tỉnh",
};

export const set06: CorpusSet = {
  id: "06-bang-tong-hop-cot",
  title:
    "master table, units as columns (short names over a codes row), group rows, Tổng cộng and Xếp hạng rows",
  layout: ["published-criteria", "master-units-as-columns", "codes-row", "group-rows-with-sums", "rank-row"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ THI ĐUA NĂM 2024 CỦA CỤM THI ĐUA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH"],
      });
      addMasterColumns(wb, {
        sheetName: "Tổng hợp",
        units: bloc.units,
        unitHeader: (u: Unit) => SHORT[u.code] ?? u.name,
        codesRow: true,
        tree,
        scores: { self: {}, agreed: points },
        title: [
          "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
          "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Bắc Giang",
        ],
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
