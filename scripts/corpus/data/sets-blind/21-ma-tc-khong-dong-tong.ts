/**
 * Blind set 21: criteria coded `TC1`…`TC13` straight through the groups (the code does not say which
 * group a row is in), group rows `I`, `II`, `III` carrying their points in the published table and
 * their SUM in the forms, and no `TỔNG CỘNG` row anywhere to check the table against; units type `0`
 * in the bonus and deduction rows they did not earn. A reader that takes the group rows for criteria
 * counts every point twice, and one that misses the sections adds the deductions.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { NOI_CHINH_YEN_BAI as bloc } from "./blocs.js";
import { MA_TC as tree } from "./trees.js";
import { ascii, blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CAT: "I.TC1 14, I.TC3 9.5, II.TC6 7.5, III.TC9 9, IV.TC12 2, V.TC13 1",
  VKSND: "I.TC2 9, I.TC4 9.5, II.TC7 6.5, III.TC10 7.5, IV.TC12 3",
  TAND: "I.TC1 14.5, I.TC5 9, II.TC8 4.5, III.TC11 6, IV.TC12 1.5",
  TTr: "I.TC3 9, I.TC4 9, II.TC6 7, III.TC9 9.5, V.TC13 1",
  STP: "I.TC1 13.5, I.TC2 9.5, II.TC7 6, III.TC10 7, IV.TC12 1.5",
  CTHADS: "I.TC1 14, I.TC5 8.5, II.TC6 7.5, III.TC11 6.5, IV.TC12 0.5, V.TC13 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { VKSND: "I.TC2 8, IV.TC12 2.5", TAND: "II.TC8 4", CAT: "V.TC13 0.5" },
  "full",
);

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Khối chấm"),
    banner: { left: ["UBND TỈNH YÊN BÁI", upper(u.name)], motto: "state" },
    dateLine: dateLine("Yên Bái", 9, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    total: false,
    zeroEmpty: true,
    ...options,
  });
  return { path: `don-vi/${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set21: CorpusSet = {
  id: "21-ma-tc-khong-dong-tong",
  title:
    "criteria `TC1`…`TC13` running through groups `I`–`III` that carry their points, and no total row anywhere to check the table against",
  layout: ["published-criteria", "unit-files", "running-tc-codes", "group-rows-with-points", "no-total-row"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ THI ĐUA NĂM 2024", "(Khối thi đua các cơ quan nội chính tỉnh Yên Bái)"],
            headers: { tt: "Mã số", max: "Thang điểm" },
            noTotal: true,
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
