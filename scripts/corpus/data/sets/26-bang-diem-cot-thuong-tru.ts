/**
 * Set 26: the contract's `Bảng điểm` matrix (one row per unit by `Mã`, one column per criterion code)
 * as the chair keeps it: bonus and deduction not per criterion but in aggregated `Điểm thưởng` and
 * `Điểm trừ` columns, followed by her own `Tổng điểm` and `Xếp hạng`.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import { addMasterRows } from "../../lib/master-rows.js";
import { selfPoints } from "../../lib/points.js";
import { DOANH_NGHIEP_LONG_AN as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  XSKT: "I.1 19.5, I.3 14.5, II.2 6.5, III.2 7.5, IV.1 1",
  CTN: "I.1 19, I.2 14.5, II.1 7.5, III.1 9.5, IV.2 1.5, V.1 0.5",
  MTDT: "I.1 18.5, I.3 14, I.4 9.5, III.3 6.5, V.2 1",
  KTTL: "I.2 14, I.3 14.5, II.2 6, III.2 7, IV.1 1",
  PTN: "I.1 18, I.4 9, II.1 7, III.1 9, IV.2 1",
});

export const set26: CorpusSet = {
  id: "26-bang-diem-cot-thuong-tru",
  title:
    "contract `Bảng điểm` matrix with aggregated `Điểm thưởng` / `Điểm trừ` columns and the chair's `Tổng điểm`, `Xếp hạng`",
  layout: ["contract-criteria", "matrix-bang-diem", "aggregated-bonus-deduction", "total-and-rank-columns"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addContractCriteria(wb, tree);
      addMasterRows(wb, {
        sheetName: "Bảng điểm",
        units: bloc.units,
        unitLabel: (u) => u.name,
        tree,
        scores: { self: {}, agreed: points },
        title: [],
        codeHeaders: true,
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
