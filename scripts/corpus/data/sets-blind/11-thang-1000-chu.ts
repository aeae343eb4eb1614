/**
 * Blind set 11: a 1 000-point scale written as text where a secretary types it so: the published
 * table's group rows say `400 điểm`, its total `1.000 điểm`; each form's total maximum is the text
 * `1.000`; self-scores with a half point are typed `142,5`. The bonus section is capped: `ĐIỂM
 * THƯỞNG (tối đa 50 điểm)` prints 50 over two rows worth 30 each (no unit goes over 50).
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { DOANH_NGHIEP_QUANG_NAM as bloc } from "./blocs.js";
import { NGHIN_DIEM as tree } from "./trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CTN: "I.1 142.5, I.3 95, II.2 92.5, III.1 115, IV.1 20, V.2 5",
  MTDT: "I.2 140, II.1 95, II.3 97.5, III.2 92.5, IV.2 20, V.1 10",
  XSKT: "I.1 147.5, I.2 145, II.2 95, III.3 75, IV.1 25, IV.2 20",
  KTTL: "I.1 135, I.3 92.5, II.1 92.5, III.1 112.5, IV.1 15",
  LNNG: "I.2 137.5, II.3 90, III.2 95, III.3 77.5, IV.2 10, V.2 10",
});

export const SHEETS: Record<string, string> = {
  CTN: "Cấp nước",
  MTDT: "Môi trường ĐT",
  XSKT: "Xổ số",
  KTTL: "Thủy lợi",
  LNNG: "LN Nam Giang",
};

export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: SHEETS[code] ?? code,
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH QUẢNG NAM", upper(u.name)], motto: "state" },
    dateLine: dateLine("Quảng Nam", 10, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Thang điểm 1.000)"],
    above: [`Đơn vị: ${u.name}`],
    numFmt: "#,##0.0",
    typing: typing({ text: "decimals" }),
    totalMaxCell: "1.000",
    ...options,
  });
}

export const PUBLISHED = {
  title: ["BẢNG ĐIỂM THI ĐUA NĂM 2024 - KHỐI DOANH NGHIỆP NHÀ NƯỚC TỈNH", "(Thang điểm 1.000)"],
  groupPointsCell: (points: number) => `${points} điểm`,
  total: { label: "TỔNG CỘNG", value: "1.000 điểm" },
};

export const set11: CorpusSet = {
  id: "11-thang-1000-chu",
  title:
    "1 000-point scale in text: group rows `400 điểm`, total `1.000 điểm`, forms' total maximum `1.000`, scores `142,5`; a bonus section capped at 50 over rows worth 60",
  layout: [
    "published-criteria",
    "scale-1000",
    "points-typed-as-text",
    "bonus-section-cap-below-rows",
    "sheets-in-bloc-workbook",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, PUBLISHED);
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
