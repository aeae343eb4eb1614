/**
 * Blind set 39: the cluster chair's master table with units as columns headed the way a district
 * cluster writes them, without the `Ủy ban nhân dân` every member shares: `TP Chí Linh`, `TX Kinh
 * Môn`, `Huyện Nam Sách`, `Huyện Kim Thành`, `Huyện Thanh Hà`; no codes row.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { CUM_HAI_DUONG as bloc } from "./blocs.js";
import { CHAM_CUOI as tree } from "./trees.js";
import { blocBook } from "../presets.js";
import * as s01 from "./01-danh-gia-truoc-thang-diem.js";

/** The cluster's final points: the districts' own, two rows changed at the conference. */
export const points = selfPoints(tree, {
  CLINH: "I.1 11.5, I.3 9, II.2 7.5, III.1 9, IV.1 2, V.2 0.5",
  KMON: "I.2 11, I.4 7, II.3 9.5, III.3 13, IV.2 1.5, V.1 1",
  NSACH: "I.1 11, I.2 11.5, II.1 7.5, III.2 7, IV.1 2",
  KTHANH: "I.3 9.5, I.4 7.5, II.2 7, III.3 13.5, IV.1 1, V.2 1",
  THA: "I.1 10.5, II.1 7, II.3 9, III.1 9.5, IV.1 1.5, V.1 2",
});

export const HEADERS: Record<string, string> = {
  CLINH: "TP Chí Linh",
  KMON: "TX Kinh Môn",
  NSACH: "Huyện Nam Sách",
  KTHANH: "Huyện Kim Thành",
  THA: "Huyện Thanh Hà",
};

export const set39: CorpusSet = {
  id: "39-tong-hop-cot-ten-huyen",
  title:
    "district cluster's master table, units as columns headed `TP Chí Linh`, `TX Kinh Môn`, `Huyện Nam Sách` (no `UBND`, no codes row)",
  layout: ["published-criteria", "master-units-as-columns", "district-names-without-ubnd"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, s01.PUBLISHED);
      addMasterColumns(wb, {
        sheetName: "Tổng hợp",
        units: bloc.units,
        unitHeader: (u) => HEADERS[u.code] ?? u.name,
        tree,
        scores: { self: {}, agreed: points },
        title: ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 2 tỉnh Hải Dương"],
        headers: { content: "Nội dung", max: "Thang điểm chuẩn" },
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
