/**
 * Set 11: the bloc's points are the average of three cross-checkers, `=AVERAGE(E10:G10)`, shown with
 * two decimals; every average is exact to 0,01 (9,25; 7,75). Forms are sheets of the cluster workbook
 * named by the district's short name (`Lục Ngạn`, `TP Bắc Giang`).
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { HUYEN_BAC_GIANG as bloc } from "../blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  TPBG: "I.1 9.5, I.2 9.5, II.1 6.5, III.2 6.5, IV.1 7.5, VI.1 1.5",
  LNGAN: "I.1 9, I.3 9.5, II.3 5.5, V.1 4.5, VI.2 1.5",
  SDONG: "I.1 8.5, I.2 9, I.4 4.5, II.2 5.5, III.1 7.5, VII.1 1",
  LNAM: "I.2 9, I.3 9, II.4 5.5, IV.2 6.5, VI.1 1",
  YTHE: "I.1 9, I.3 8.5, II.1 6, III.2 6.5, V.2 4.5, VII.2 0.5",
  LGIANG: "I.1 9.5, I.2 9, I.4 4.5, II.2 5.5, IV.1 7.5, VI.2 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  {
    TPBG: "I.1 9.25, IV.1 7.25, VI.1 1.25",
    LNGAN: "I.3 9.25, II.3 5.25, VI.2 1",
    SDONG: "I.1 8.25, III.1 7.25",
    LNAM: "I.2 8.75, IV.2 6.25, VI.1 0.75",
    YTHE: "II.1 5.75",
    LGIANG: "I.2 8.75, IV.1 7.25",
  },
  "full",
);

export const SHEETS: Record<string, string> = {
  TPBG: "TP Bắc Giang",
  LNGAN: "Lục Ngạn",
  SDONG: "Sơn Động",
  LNAM: "Lục Nam",
  YTHE: "Yên Thế",
  LGIANG: "Lạng Giang",
};

export const COLUMNS: FormColumn[] = [
  TT,
  CONTENT,
  MAX,
  { role: "self", header: "Điểm tự chấm" },
  { role: "checker", header: "Thành viên 1", top: "Điểm chấm của Tổ thẩm định", checker: 0 },
  { role: "checker", header: "Thành viên 2", top: "Điểm chấm của Tổ thẩm định", checker: 1 },
  { role: "checker", header: "Thành viên 3", top: "Điểm chấm của Tổ thẩm định", checker: 2 },
  { role: "agreed", header: "Điểm thẩm định (bình quân)" },
  NOTE,
];

export function addForm(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: SHEETS[code] ?? code,
    unit: u,
    tree,
    scores: { self, agreed },
    columns: COLUMNS,
    banner: { left: ["UBND TỈNH BẮC GIANG", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bắc Giang", 20, 12, 2024),
    title: "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Cụm thi đua số 1"],
    above: [`Đơn vị: ${u.name}`],
    numFmt: "0.00",
    ...options,
  });
}

export const set11: CorpusSet = {
  id: "11-trung-binh-ba-thanh-vien",
  title:
    "agreed points = `=AVERAGE` of three cross-checkers (two decimals at most), sheets named by short district names",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "sheet-names-short",
    "checkers-average",
    "two-row-header",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 1"],
      });
      for (const u of bloc.units) addForm(wb, u.code);
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
