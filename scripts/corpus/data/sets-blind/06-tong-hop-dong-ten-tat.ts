/**
 * Blind set 06: the chair's master table with units as rows and no code column: `TT | Tên đơn vị`
 * holds the names as the chair abbreviates them (`Sở GD&ĐT`, `Sở LĐTBXH`, `Sở VH,TT&DL`, `Sở TT&TT`,
 * `Đài PT-TH tỉnh`, `BHXH tỉnh`), then the groups over their criteria numbers, aggregated bonus and
 * deduction, `Tổng điểm` and `Xếp hạng`.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterRows } from "../../lib/master-rows.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { selfPoints } from "../../lib/points.js";
import { VHXH_DAK_LAK as bloc } from "./blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  SGDDT: "I.1 19, I.3 14, II.2 6.5, III.1 9.5, IV.1 2, V.2 0.5",
  SYT: "I.2 14.5, I.4 9, II.1 7.5, III.3 6.5, IV.2 1.5",
  SLDTBXH: "I.1 19.5, I.3 14.5, II.2 6.5, III.2 7.5, IV.1 3",
  SVHTTDL: "I.1 18.5, I.2 14, II.1 7, III.1 9, IV.1 1.5, V.1 1",
  STTTT: "I.3 13.5, I.4 9.5, II.2 6, III.3 6, IV.2 1.5",
  BDT: "I.1 18, I.2 13.5, II.1 7.5, III.2 7, V.2 1",
  PTTH: "I.1 19, I.4 9, II.2 6.5, III.1 8.5, IV.1 1",
  BHXH: "I.2 14, I.3 14.5, II.1 7, III.3 6.5, IV.2 1.5, V.1 0.5",
});

export const SHORT: Record<string, string> = {
  SGDDT: "Sở GD&ĐT",
  SYT: "Sở Y tế",
  SLDTBXH: "Sở LĐTBXH",
  SVHTTDL: "Sở VH,TT&DL",
  STTTT: "Sở TT&TT",
  BDT: "Ban Dân tộc",
  PTTH: "Đài PT-TH tỉnh",
  BHXH: "BHXH tỉnh",
};

export const set06: CorpusSet = {
  id: "06-tong-hop-dong-ten-tat",
  title:
    "master table, units as rows named only by abbreviations (`Sở LĐTBXH`, `Sở VH,TT&DL`, `Đài PT-TH tỉnh`), no code column",
  layout: ["published-criteria", "master-units-as-rows", "abbreviated-unit-names", "no-code-column"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["BẢNG ĐIỂM THI ĐUA NĂM 2024 - KHỐI VĂN HÓA - XÃ HỘI"] });
      addMasterRows(wb, {
        sheetName: "Tổng hợp",
        units: bloc.units,
        unitLabel: (u) => SHORT[u.code] ?? u.name,
        tree,
        scores: { self: {}, agreed: points },
        title: [
          "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024",
          "Khối thi đua các cơ quan văn hóa - xã hội tỉnh Đắk Lắk",
        ],
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
