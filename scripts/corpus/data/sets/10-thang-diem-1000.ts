/**
 * Set 10: a 1 000-point scale (groups of 200 and 400 points, criteria of 150), the published total
 * pasted as the text `1.000`, points shown as `#,##0.0`; each enterprise's form is a sheet of the bloc
 * workbook named by its code, with the bloc's `Điểm thẩm định`.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { DOANH_NGHIEP_BINH_DINH as bloc } from "../blocs.js";
import { DOANH_NGHIEP as tree } from "../trees.js";
import { blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  XSKT: "I.1 145, I.2 140, II.1 75, III.3 47.5, IV.2 55, V.2 15",
  CTN: "I.1 140, I.3 95, II.2 65, III.1 75, IV.3 35, V.1 20",
  MT: "I.1 135, I.2 140, II.1 70, III.2 65, IV.1 55, VI.2 5",
  TL: "I.2 135, I.3 90, II.3 45, III.1 70, IV.4 35, V.2 10",
  LN: "I.1 130, I.2 130, II.2 60, III.3 45, IV.2 50, VI.1 10",
});

export const agreed = agreedPoints(tree, self, { XSKT: "I.2 135", CTN: "V.1 10", TL: "III.1 72.5" }, "full");

export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: code,
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Điểm thẩm định", "Điểm chấm"),
    banner: { left: ["UBND TỈNH BÌNH ĐỊNH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bình Định", 13, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Thang điểm 1.000)"],
    numberRow: "parens",
    numFmt: "#,##0.0",
    total: "Tổng cộng",
    ...options,
  });
}

export const PUBLISHED = {
  title: ["BẢNG ĐIỂM THI ĐUA NĂM 2024 - KHỐI DOANH NGHIỆP NHÀ NƯỚC", "(Thang điểm 1.000)"],
  total: { label: "TỔNG CỘNG", value: "1.000" },
};

export const set10: CorpusSet = {
  id: "10-thang-diem-1000",
  title:
    "1 000-point scale: maxima of 150 and 200, the published total typed `1.000`, forms as sheets named by code",
  layout: [
    "published-criteria",
    "scale-1000",
    "total-typed-1.000",
    "sheets-in-bloc-workbook",
    "sheet-named-by-code",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, PUBLISHED);
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
