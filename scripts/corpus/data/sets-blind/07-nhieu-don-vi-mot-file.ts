/**
 * Blind set 07: the cluster's forms arrive three to a workbook: `Cum 1 - nhom A.xlsx` holds the
 * sheets `Bát Xát`, `Mường Khương`, `Si Ma Cai`; `Cum 1 - nhom B.xlsx` holds `Bắc Hà`, `Bảo Thắng`,
 * `TX Sa Pa`. Each form carries `Điểm Cụm thống nhất`, which moves the flag from Bảo Thắng to Bắc Hà.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { CUM_LAO_CAI as bloc } from "./blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit } from "../presets.js";
import { districtBanner } from "./common.js";

export const self = selfPoints(tree, {
  BXAT: "I.1 9, I.3 9.5, II.2 5.5, III.1 7.5, VI.1 2, VII.2 0.5",
  MKHUONG: "I.2 9, II.1 6.5, II.4 5.5, IV.1 7.5, VI.2 1",
  SMCAI: "I.1 8.5, I.4 4.5, II.3 5, III.2 6.5, V.1 4.5, VI.1 1",
  BHA: "I.2 9.5, II.2 5.5, IV.2 6.5, VI.1 2.5",
  BTHANG: "I.3 9.5, II.4 5.5, VI.1 3, VI.2 1",
  SAPA: "I.1 9.5, I.2 9.5, II.1 6.5, III.2 6.5, V.2 4.5, VI.2 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { BTHANG: "I.1 9, III.1 7.5, VI.1 2", BHA: "VI.1 2.5", SMCAI: "V.1 4", MKHUONG: "VI.2 0.5" },
  "full",
);

export const SHEETS: Record<string, string> = {
  BXAT: "Bát Xát",
  MKHUONG: "Mường Khương",
  SMCAI: "Si Ma Cai",
  BHA: "Bắc Hà",
  BTHANG: "Bảo Thắng",
  SAPA: "TX Sa Pa",
};

export const COLUMNS: FormColumn[] = [
  TT,
  CONTENT,
  MAX,
  { role: "self", header: "Điểm tự chấm" },
  { role: "agreed", header: "Điểm Cụm thống nhất" },
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
    banner: { left: districtBanner(u.name), motto: "state" },
    dateLine: dateLine("Lào Cai", 14, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name.replace("Ủy ban nhân dân", "UBND")}`],
    ...options,
  });
}

export const GROUPS: [string, string[]][] = [
  ["don-vi/Cum 1 - nhom A.xlsx", ["BXAT", "MKHUONG", "SMCAI"]],
  ["don-vi/Cum 1 - nhom B.xlsx", ["BHA", "BTHANG", "SAPA"]],
];

export const set07: CorpusSet = {
  id: "07-nhieu-don-vi-mot-file",
  title:
    "three units' forms per workbook (`Cum 1 - nhom A.xlsx`: sheets `Bát Xát`, `Mường Khương`, `Si Ma Cai`), `Điểm Cụm thống nhất` moves the flag",
  layout: ["published-criteria", "several-units-per-file", "sheets-named-by-short-name", "agreed-column"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files = [
      {
        path: "cum.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 1"],
          }),
        ),
      },
    ];
    for (const [path, codes] of GROUPS) {
      const wb = newBook();
      for (const code of codes) addForm(wb, code);
      files.push({ path, book: wb });
    }
    return { files };
  },
};
