/**
 * Blind set 23: criteria split into scored sub-criteria `a)`, `b)`, `c)` under a numbered row that
 * prints their sum (`1. Thực hiện các chỉ tiêu… 20`, then `a) … 10`, `b) … 10`), in the published
 * table and in the forms, where the numbered row holds a SUM of its sub-rows. Here `a)` rows are
 * criteria, not explanations: a reader that counts the numbered row and its sub-rows counts twice,
 * one that ignores the sub-rows finds nothing on the numbered row of the published table.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { DOAN_THE_TUYEN_QUANG as bloc } from "../blocs.js";
import { TIEU_MUC as tree } from "./trees.js";
import { blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  MTTQ: "I.1.a 9.5, I.3.a 9, II.1 14, II.3 14.5, III.1 3",
  LDLD: "I.1.b 9, I.2 9.5, I.3.c 4.5, II.2 9.5, III.1 4",
  HLHPN: "I.1.a 9, I.3.b 4.5, II.1 14.5, II.4 9.5, III.1 2.5, IV.1 0.5",
  TD: "I.2 9, I.3.a 9.5, II.3 14, III.1 3.5",
  HND: "I.1.b 9.5, I.3.c 4, II.2 9, II.4 9, III.1 4.5, IV.1 1",
  HCCB: "I.1.a 9, I.1.b 9.5, I.2 9.5, II.3 14.5, III.1 3",
});

export const agreed = agreedPoints(
  tree,
  self,
  { TD: "III.1 2.5", HND: "III.1 3.5", MTTQ: "I.2 9.5, III.1 2" },
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
    columns: twoRowColumns("Tự chấm", "Cụm chấm"),
    banner: { left: ["UBND TỈNH TUYÊN QUANG", upper(u.name)], motto: "state" },
    dateLine: dateLine("Tuyên Quang", 6, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    ...options,
  });
  return { path: `don-vi/${code}.xlsx`, book: wb, sheet };
}

export const set23: CorpusSet = {
  id: "23-tieu-muc-a-b",
  title:
    "scored sub-criteria `a)`, `b)`, `c)` under a numbered row printing their sum (`1. … 20` over `a) … 10`, `b) … 10`)",
  layout: ["published-criteria", "unit-files", "scored-sub-criteria", "nested-group-sums", "agreed-column"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "cum.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM ĐOÀN THỂ"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
