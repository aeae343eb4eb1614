/**
 * Blind set 05: the chair's master table with units as columns headed by their codes only
 * (`CAT`, `VKSND`, `TAND`…, no names, no codes row), criteria coded `TC1`…`TC13` straight through
 * the groups, the maximum under `Thang điểm`, on a sheet called `TH 2024`. The cells hold the bloc's
 * final points.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { NOI_CHINH_YEN_BAI as bloc } from "./blocs.js";
import { MA_TC as tree } from "./trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  CAT: "I.TC1 14, I.TC3 9.5, II.TC6 7.5, III.TC9 9, IV.TC12 2, V.TC13 1",
  VKSND: "I.TC2 9, I.TC4 9.5, II.TC7 6.5, III.TC10 7.5, IV.TC12 3",
  TAND: "I.TC1 14.5, I.TC5 9, II.TC8 4.5, III.TC11 6, IV.TC12 1.5",
  TTr: "I.TC3 9, I.TC4 9, II.TC6 7, III.TC9 9.5, V.TC13 1",
  STP: "I.TC1 13.5, I.TC2 9.5, II.TC7 6, III.TC10 7, IV.TC12 1.5",
  CTHADS: "I.TC1 14, I.TC5 8.5, II.TC6 7.5, III.TC11 6.5, IV.TC12 0.5, V.TC13 1",
});

export const PUBLISHED = {
  title: ["TIÊU CHÍ THI ĐUA NĂM 2024", "(Khối thi đua các cơ quan nội chính tỉnh Yên Bái)"],
  headers: { tt: "Mã số", content: "Nội dung tiêu chí", max: "Thang điểm" },
};

export const set05: CorpusSet = {
  id: "05-tong-hop-cot-ma-tc",
  title:
    "master table on sheet `TH 2024`, units as columns headed by their codes only, criteria `TC1`…`TC13`, maximum under `Thang điểm`",
  layout: ["published-criteria", "master-units-as-columns", "code-only-headers", "running-tc-codes"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, PUBLISHED);
      addMasterColumns(wb, {
        sheetName: "TH 2024",
        units: bloc.units,
        unitHeader: (u) => u.code,
        tree,
        scores: { self: {}, agreed: points },
        title: ["TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Khối thi đua các cơ quan nội chính tỉnh"],
        headers: { tt: "Mã số", content: "Nội dung", max: "Thang điểm" },
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
