/**
 * Blind set 02: the units' forms pasted as sheets of the bloc workbook under the names a secretary
 * leaves on tabs: `SNV 2024`, `STC_final`, `Copy of SKHDT`, `VPUB 2024`, `STP (final)`, `TTr - tự
 * chấm`. The form puts `Nội dung tiêu chí` before `TT`, then `Điểm tối đa được chấm`, `Số điểm tự
 * chấm` and the bloc's `Điểm thống nhất của Khối`, which moves the flag from SKHDT to STC.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { TONG_HOP_HUE as bloc } from "./blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 9, I.3 9.5, II.2 4.5, III.1 4.5, IV.1 5.5, V.2 1",
  STC: "I.2 9.5, II.1 5.5, III.3 4.5, IV.2 4.5, V.1 2",
  SKHDT: "I.3 9.5, II.4 3.5, IV.4 3.5, V.1 3",
  VPUBND: "I.1 9, I.2 9, II.3 4.5, III.2 4.5, IV.3 4.5, V.2 1, VI.2 1",
  STP: "I.1 8.5, I.4 4.5, II.1 5, III.4 4.5, IV.1 5, V.1 1",
  TTr: "I.2 9, I.5 4.5, II.2 4, III.3 4, IV.3 4, VI.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  {
    SKHDT: "I.1 8.5, I.3 9, II.1 5, V.1 1.5",
    SNV: "IV.1 5",
    STC: "V.1 1.5",
    STP: "I.4 4",
    TTr: "VI.1 1.5",
  },
  "full",
);

export const SHEETS: Record<string, string> = {
  SNV: "SNV 2024",
  STC: "STC_final",
  SKHDT: "Copy of SKHDT",
  VPUBND: "VPUB 2024",
  STP: "STP (final)",
  TTr: "TTr - tự chấm",
};

export const COLUMNS: FormColumn[] = [
  { role: "content", header: "Nội dung tiêu chí" },
  { role: "tt", header: "TT" },
  { role: "max", header: "Điểm tối đa được chấm" },
  { role: "self", header: "Số điểm tự chấm" },
  { role: "agreed", header: "Điểm thống nhất của Khối" },
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
    banner: { left: ["UBND TỈNH THỪA THIÊN HUẾ", upper(u.name)], motto: "state" },
    dateLine: dateLine("Thừa Thiên Huế", 12, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    total: "TỔNG ĐIỂM",
    ...options,
  });
}

export const PUBLISHED = {
  title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Khối thi đua các cơ quan tổng hợp tỉnh"],
  headers: { max: "Điểm tối đa" },
};

export const set02: CorpusSet = {
  id: "02-sheet-nam-va-ban-sao",
  title:
    "forms as sheets named `SNV 2024`, `STC_final`, `Copy of SKHDT`, `VPUB 2024`, `STP (final)`; `Nội dung` before `TT`; `Điểm thống nhất của Khối` moves the flag",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "sheet-names-with-years-and-copies",
    "tt-after-content",
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
