/**
 * Set 12: forms in parts (`PHẦN I` holding groups 1–4 with decimal codes `1.1`…), a `Cộng phần I`
 * subtotal mid-table, a blank bordered row before `PHẦN II. ĐIỂM THƯỞNG`, `Tổng điểm (I+II-III)`, and
 * in two files 3 000 formatted rows below the signature whose `Tự chấm` cells hold a dragged formula.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { KINH_TE_QUANG_TRI as bloc } from "../blocs.js";
import { PHAN as tree } from "../trees.js";
import { ascii, blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "1.1 14.5, 1.3 9.5, 2.2 5.5, 3.2 6.5, 4.2 6.5, II.1 1",
  SNN: "1.1 14, 1.2 9.5, 1.4 9.5, 2.1 7.5, 4.1 6.5, II.2 1, III.2 0.5",
  SXD: "1.1 13.5, 1.3 9, 2.3 5.5, 3.1 7.5, 4.3 5.5, II.1 1.5",
  SGTVT: "1.1 14, 1.2 9, 1.4 9, 2.2 5, 3.2 6.5, III.1 1",
  STNMT: "1.2 9, 1.3 9, 2.1 7, 3.1 7, 4.1 6.5, II.2 2",
  SKHCN: "1.1 13, 1.4 9, 2.3 5, 3.2 6, 4.2 6, III.2 0.5",
});

export const agreed = agreedPoints(tree, self, { SCT: "1.3 9", SXD: "4.3 5", STNMT: "II.2 1" }, "full");

/** One unit's form; `unitShown` prints another unit's banner and `Đơn vị` line (a copied file). */
export function formFile(code: string, options: Partial<FormOptions> = {}, unitShown = code): FormFile {
  const u = unit(bloc, code);
  const shown = unit(bloc, unitShown);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Khối chấm"),
    banner: { left: ["UBND TỈNH QUẢNG TRỊ", upper(shown.name)], motto: "state" },
    dateLine: dateLine("Quảng Trị", 6, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${shown.name}`],
    numberRow: "parens",
    partTotal: "Cộng phần I",
    spacerBeforeBonus: true,
    total: "Tổng điểm (I+II-III)",
    emptyRows: code === "SCT" || code === "SKHCN" ? 3000 : 0,
    ...options,
  });
  return { path: `don-vi/Bang tu cham 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const PUBLISHED = {
  title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Khối thi đua các sở, ngành kinh tế tỉnh)"],
};

export const set12: CorpusSet = {
  id: "12-dong-trong-cong-phan",
  title:
    "forms in parts with decimal codes, `Cộng phần I` mid-table, blank bordered row before the bonus part, 3 000 formatted rows",
  layout: [
    "published-criteria",
    "unit-files",
    "parts-with-decimal-codes",
    "part-subtotal",
    "blank-spacer-row",
    "formatted-empty-rows",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, PUBLISHED)) },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
