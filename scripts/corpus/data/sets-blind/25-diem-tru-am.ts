/**
 * Blind set 25: the deduction section printed with negative maxima (`V. ĐIỂM TRỪ | -5`, `1. … | -3`)
 * in the published table and the forms, the units' deductions typed negative to match (`-1`), and a
 * total that adds them.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { KINH_TE_PHU_THO as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { ascii, blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 19, I.3 14.5, II.2 6.5, III.1 9.5, IV.1 2, V.1 1",
  SNN: "I.2 14, I.4 9.5, II.1 7.5, III.3 6.5, IV.2 2, V.2 0.5",
  SXD: "I.1 19.5, I.3 14, II.2 6, III.2 7.5, IV.1 3, V.1 3",
  SGTVT: "I.2 14.5, II.1 7, III.1 9, IV.1 1, V.2 2",
  STNMT: "I.1 18.5, I.4 9, II.2 6.5, III.3 6.5, IV.1 3",
  SKHCN: "I.3 13.5, II.1 7.5, III.2 7, IV.2 1, V.1 0.5",
  STTTT: "I.1 19, I.2 14.5, II.2 6.5, III.1 9.5, IV.1 1.5, V.2 1",
});

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Tự chấm"),
    banner: { left: ["UBND TỈNH PHÚ THỌ", upper(u.name)], motto: "state" },
    dateLine: dateLine("Phú Thọ", 10, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    deductionMaxNegative: true,
    typing: typing({ deduction: "minus-number" }),
    ...options,
  });
  return { path: `don-vi/${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set25: CorpusSet = {
  id: "25-diem-tru-am",
  title: "deduction maxima printed negative (`V. ĐIỂM TRỪ | -5`, `1. … | -3`), deductions typed `-1`",
  layout: [
    "published-criteria",
    "unit-files",
    "negative-deduction-maxima",
    "deduction-typed-negative-number",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - KHỐI KINH TẾ - KỸ THUẬT"],
            deductionMaxNegative: true,
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
