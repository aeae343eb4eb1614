/**
 * Blind set 24: criteria graded on a scale printed under them, each grade with its points in the
 * points column (`- Hoàn thành 100% kế hoạch | 20`, `- Từ 90% đến dưới 100% | 15`, `- Dưới 90% | 10`),
 * in the published table and in the forms. The grade rows carry a number but no score: they are the
 * criterion's explanation, not criteria of their own.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TRUONG_DONG_NAI as bloc } from "../blocs.js";
import { THANG_BAC as tree } from "./trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CDCNC: "I.1 15, I.2 14, II.1 9.5, III.1 14, IV.1 2",
  CDYT: "I.3 12, II.2 7, III.2 9.5, IV.1 3, IV.2 1",
  CDKT: "I.2 14.5, II.3 4.5, III.1 14.5, IV.2 2, V.2 0.5",
  CDMT: "I.1 15, I.3 12, II.1 9, IV.1 1",
  TCVH: "I.2 13.5, II.2 7, III.2 9, IV.1 2.5, V.1 1",
});

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Tự chấm 2024",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH ĐỒNG NAI", upper(u.name)], motto: "state" },
    dateLine: dateLine("Đồng Nai", 13, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    notePoints: true,
    ...options,
  });
  return { path: `don-vi/${code} tu cham 2024.xlsx`, book: wb, sheet };
}

export const set24: CorpusSet = {
  id: "24-thang-bac-co-diem",
  title:
    "graded criteria: the grades printed under each one with their points in the points column (`- Hoàn thành 100% | 20`, `- Dưới 90% | 10`)",
  layout: ["published-criteria", "unit-files", "graded-explanation-rows-with-points"],
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
            notePoints: true,
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
