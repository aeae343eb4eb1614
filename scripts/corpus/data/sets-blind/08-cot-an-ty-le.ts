/**
 * Blind set 08: each form keeps a hidden helper column `Tỷ lệ đạt (%)` between the self-score and the
 * notes, `=IF(C12="","",ROUND(D12/C12*100,0))` on every criterion row: numbers nobody sees when the
 * form is printed or opened, and that are not points.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { SU_NGHIEP_VINH_LONG as bloc } from "./blocs.js";
import { DOAN_THE as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  PTTH: "I.1 14, I.3 9.5, II.2 7.5, III.1 9.5, IV.1 2",
  BAO: "I.2 9.5, I.4 9.5, II.1 9.5, III.3 6.5, IV.1 3.5, V.1 0.5",
  CDVL: "I.1 14.5, I.5 4.5, II.3 6.5, III.2 7.5, IV.1 1",
  TCT: "I.3 9, II.2 7, III.1 9, IV.1 2.5, V.1 1",
  BQLDA: "I.1 13.5, I.2 9, II.1 9.5, III.2 7, IV.1 1",
});

export const COLUMNS: FormColumn[] = [
  TT,
  CONTENT,
  MAX,
  { role: "self", header: "Điểm tự chấm" },
  {
    role: "extra",
    header: "Tỷ lệ đạt (%)",
    hidden: true,
    rowFormula: (r, at) => `IF(${at("max")}${r}="","",ROUND(${at("self")}${r}/${at("max")}${r}*100,0))`,
  },
  NOTE,
];

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: COLUMNS,
    banner: { left: ["UBND TỈNH VĨNH LONG", upper(u.name)], motto: "state" },
    dateLine: dateLine("Vĩnh Long", 16, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    ...options,
  });
  return { path: `don-vi/${code}.xlsx`, book: wb, sheet };
}

export const set08: CorpusSet = {
  id: "08-cot-an-ty-le",
  title:
    "a hidden helper column `Tỷ lệ đạt (%)` (a ROUND formula on every criterion row) beside the self-score",
  layout: ["published-criteria", "unit-files", "hidden-helper-column"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
