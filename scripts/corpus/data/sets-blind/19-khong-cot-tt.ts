/**
 * Blind set 19: tables with no code column at all: `Nội dung | Điểm chuẩn | …`, each row's number
 * opening its text (`I. CÔNG TÁC CHUYÊN MÔN, NGHIỆP VỤ`, `1. Tuyên truyền, vận động…`), in the
 * published table and in the associations' forms.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { HOI_BAC_NINH as bloc } from "./blocs.js";
import { DOAN_THE as tree } from "../trees.js";
import { ascii, blocBook, dateLine, MAX, NOTE, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  HCTD: "I.1 14.5, I.3 9.5, II.2 7.5, III.1 9.5, IV.1 2",
  HNB: "I.2 9.5, I.4 9.5, II.1 9.5, III.3 6.5, IV.1 4",
  HVHNT: "I.1 14, I.5 4.5, II.3 6.5, III.2 7.5, IV.1 3, V.1 1",
  LHHKT: "I.3 9, II.2 7, III.1 9, IV.1 1.5, V.1 1",
  HLG: "I.1 13.5, I.2 9, II.1 9.5, III.2 7, IV.1 2.5",
  HNCT: "I.4 9, II.2 7.5, III.3 6.5, IV.1 1",
});

export const COLUMNS: FormColumn[] = [
  { role: "content", header: "Nội dung tiêu chí" },
  MAX,
  { role: "self", header: "Điểm tự chấm" },
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
    numberInContent: true,
    banner: { left: ["UBND TỈNH BẮC NINH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bắc Ninh", 5, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    ...options,
  });
  return { path: `don-vi/${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set19: CorpusSet = {
  id: "19-khong-cot-tt",
  title: "no code column anywhere: each row's number opens its text (`I. CÔNG TÁC…`, `1. Tuyên truyền…`)",
  layout: ["published-criteria", "unit-files", "number-in-content"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"],
            numberInContent: true,
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
