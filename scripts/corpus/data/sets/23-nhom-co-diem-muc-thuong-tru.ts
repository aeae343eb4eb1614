/**
 * Set 23: the province's table retyped with the contract's headers (`Mã | Nội dung | Điểm tối đa`)
 * but kept as published: group rows `I`, `II`… carrying their points and sections `IV. ĐIỂM THƯỞNG`,
 * `V. ĐIỂM TRỪ` with no `Loại` column; the units' files (named by code, sheet by code) keep their
 * group rows with SUM formulas and type 0 in empty bonus and deduction rows.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { KINH_TE_THAI_BINH as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 19, I.3 14.5, II.2 6.5, III.1 9.5, IV.1 2, V.2 0.5",
  SNN: "I.1 18.5, I.2 14.5, II.1 7.5, III.3 6.5, IV.2 1",
  SXD: "I.2 14, I.4 9.5, II.2 6, III.2 7.5, V.1 1",
  SGTVT: "I.1 18, I.3 14, II.1 7, III.1 9, IV.1 1.5",
  STNMT: "I.1 18.5, I.3 13.5, I.4 9, III.3 6, V.2 1",
});

export const set23: CorpusSet = {
  id: "23-nhom-co-diem-muc-thuong-tru",
  title:
    "contract headers over the published table: group rows with points, bonus/deduction sections without `Loại`",
  layout: [
    "published-criteria-contract-headers",
    "unit-files",
    "file-named-by-code",
    "group-rows-with-sums",
    "bonus-deduction-sections",
    "zeros-typed",
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
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"],
            headers: { tt: "Mã", content: "Nội dung", max: "Điểm tối đa" },
            printKeys: true,
            notes: false,
          }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      addUnitForm(wb, {
        sheetName: u.code,
        unit: u,
        tree,
        scores: { self },
        columns: [
          { role: "tt", header: "Mã tiêu chí" },
          { role: "content", header: "Nội dung" },
          { role: "max", header: "Điểm tối đa" },
          { role: "self", header: "Tự chấm" },
          NOTE,
        ],
        banner: { left: ["UBND TỈNH THÁI BÌNH", upper(u.name)], motto: "state" },
        dateLine: dateLine("Thái Bình", 5, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        printKeys: true,
        zeroEmpty: true,
        total: "Tổng cộng",
      });
      files.push({ path: `don-vi/${u.code}.xlsx`, book: wb });
    }
    return { files };
  },
};
