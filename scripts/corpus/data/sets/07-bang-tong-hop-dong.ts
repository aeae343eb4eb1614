/**
 * Set 07: the master table with units as rows and a two-row header: each group's title merged over
 * its criteria numbers (`1 2 3 4` restarting), a `Điểm chuẩn` row of maxima, then aggregated
 * `Điểm thưởng`, `Điểm trừ`, `Tổng điểm`, `Xếp hạng`. Eleven districts; 3 000 formatted rows below
 * with dragged `IF` formulas.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterRows } from "../../lib/master-rows.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { MIEN_NUI_THANH_HOA as bloc } from "../blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  MLAT: "I.1 8, I.2 8.5, I.3 8, II.1 6, II.3 5, IV.2 6, VI.1 1",
  QHOA: "I.1 8.5, I.2 9, I.3 8.5, II.3 5.5, III.2 6.5, V.1 4.5, VII.2 0.5",
  QSON: "I.1 9, I.2 8, I.3 9, II.2 5.5, IV.1 7.5, VI.2 1",
  BTHUOC: "I.1 9, I.3 9.5, II.4 5.5, III.1 7.5, V.2 4.5, VI.1 1",
  LCHANH: "I.1 8.5, I.2 8.5, I.4 4.5, II.1 6.5, IV.2 6.5, VII.1 1",
  TXUAN: "I.2 9.5, I.3 9, II.2 5, III.1 7, V.1 4.5, VI.1 1.5",
  NXUAN: "I.1 9.5, I.3 8.5, II.3 5.5, IV.1 7, VI.2 0.5",
  NTHANH: "I.1 9, I.2 9, II.1 6.5, III.2 6, IV.2 6.5, VII.2 1",
  NLAC: "I.1 9.5, I.2 9.5, I.4 4.5, II.4 5.5, III.1 7, IV.1 7, VI.1 2, VI.2 1",
  CTHUY: "I.1 9, I.3 9.5, II.2 5.5, III.2 6.5, V.2 4.5, VI.2 1.5",
  TTHANH: "I.1 8.5, I.2 9, I.3 9, II.1 6, III.1 7.5, VII.1 1.5",
});

export const set07: CorpusSet = {
  id: "07-bang-tong-hop-dong",
  title:
    "master table, units as rows, two-row header of groups over criteria numbers, aggregated bonus/deduction columns",
  layout: [
    "published-criteria",
    "master-units-as-rows",
    "two-row-header",
    "maxima-row",
    "aggregated-bonus-deduction",
    "total-and-rank-columns",
    "formatted-empty-rows",
  ],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Áp dụng cho Cụm thi đua các huyện miền núi)"],
      });
      addMasterRows(wb, {
        sheetName: "Tổng hợp điểm",
        units: bloc.units,
        unitLabel: (u) => u.name,
        tree,
        scores: { self: {}, agreed: points },
        title: ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua các huyện miền núi tỉnh Thanh Hóa"],
        maximaRow: true,
        emptyRows: 3000,
      });
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
