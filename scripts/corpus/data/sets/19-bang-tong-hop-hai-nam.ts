/**
 * Set 19: the master table kept year after year in one workbook: sheets `Năm 2023` (last year's
 * points, another leader) and `Năm 2024`. The bloc's `Năm` is 2024: that sheet must be read.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { DOAN_THE_TUYEN_QUANG as bloc } from "../blocs.js";
import { DOAN_THE as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  MTTQ: "I.1 14.5, I.2 9.5, II.1 9.5, III.3 6.5, IV.1 1",
  LDLD: "I.1 14, I.3 9.5, II.2 7.5, III.1 9.5, IV.1 1",
  HLHPN: "I.2 9, I.4 9.5, II.3 6.5, III.2 7.5, V.1 0.5",
  TD: "I.1 13.5, I.5 4.5, II.1 9, III.3 6, IV.1 2",
  HND: "I.1 14, I.2 9, I.3 9, II.2 7, III.1 9.5, V.1 1",
  HCCB: "I.3 9.5, I.4 9, II.3 6, III.2 7, IV.1 1",
});

/** Last year's sheet: the Women's Union led. */
export const lastYear = selfPoints(tree, {
  MTTQ: "I.1 13, I.2 9, II.1 9, III.3 6",
  LDLD: "I.1 14, I.3 9, II.2 7, III.1 9",
  HLHPN: "I.2 9.5, IV.1 2",
  TD: "I.1 13.5, I.5 4, II.1 9, III.3 6.5",
  HND: "I.1 13, I.2 9, I.3 9.5, II.2 7.5, III.1 9",
  HCCB: "I.3 9, I.4 9, II.3 6.5, III.2 7",
});

const SHORT: Record<string, string> = {
  MTTQ: "Mặt trận Tổ quốc",
  LDLD: "Liên đoàn Lao động",
  HLHPN: "Hội Liên hiệp Phụ nữ",
  TD: "Tỉnh đoàn",
  HND: "Hội Nông dân",
  HCCB: "Hội Cựu chiến binh",
};

export const set19: CorpusSet = {
  id: "19-bang-tong-hop-hai-nam",
  title: "master table sheets `Năm 2023` and `Năm 2024` in one workbook: the bloc's year is read",
  layout: ["published-criteria", "master-units-as-columns", "codes-row", "year-sheets"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ THI ĐUA CỤM CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI"] });
      for (const [year, pts] of [
        [2023, lastYear],
        [2024, points],
      ] as const) {
        addMasterColumns(wb, {
          sheetName: `Năm ${year}`,
          units: bloc.units,
          unitHeader: (u) => SHORT[u.code] ?? u.name,
          codesRow: true,
          tree,
          scores: { self: {}, agreed: pts },
          title: [
            `BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${year}`,
            "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Tuyên Quang",
          ],
        });
      }
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
