/**
 * Set 01: the everyday case. The province's table pasted into `Tiêu chí`; each unit sends back its own
 * form in its own file (`Bang tu cham diem 2024 - Thanh tra tinh.xlsx`, sheet `Sheet1`), with a banner,
 * the motto, a two-row header `Điểm` over `Tự chấm | Khối chấm`, the `(1)…(6)` row, group rows with
 * SUM formulas, a total and a signature. The bloc agreed every row; deductions are typed `-0,5`.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { NOI_CHINH_LANG_SON as bloc } from "../blocs.js";
import { NOI_CHINH as tree } from "../trees.js";
import { ascii, blocBook, dateLine, twoRowColumns, upper } from "../presets.js";

export const self = selfPoints(tree, {
  TTr: "I.1 17.5, I.2 9, I.4 9, II.3 4.5, III.1 6, V.1 1",
  CA: "I.1 19, I.3 9.5, I.4 9, II.4 4.5, III.2 5.5, IV.1 2",
  TAND: "I.1 18, I.3 9, II.1 7.5, III.4 5, IV.1 1.5",
  VKS: "I.1 18.5, I.2 9.5, II.2 6.5, III.3 5.5, IV.2 2, V.2 0.5",
  STP: "I.1 18, I.3 9.5, I.4 8.5, II.2 6, III.2 5, III.4 5.5, IV.2 1, V.2 1",
  THADS: "I.1 17, I.2 9, I.3 9, II.1 7, III.2 5, III.3 5, V.2 0.5",
});

export const agreed = agreedPoints(
  tree,
  self,
  { TTr: "I.4 8.5", CA: "III.2 5", VKS: "I.1 18, III.1 6.5", STP: "III.4 5" },
  "full",
);

/** The body above each unit, as its banner's first line prints it. */
export const PARENT: Record<string, string> = {
  TTr: "UBND TỈNH LẠNG SƠN",
  CA: "BỘ CÔNG AN",
  TAND: "TÒA ÁN NHÂN DÂN TỐI CAO",
  VKS: "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
  STP: "UBND TỈNH LẠNG SƠN",
  THADS: "CỤC THI HÀNH ÁN DÂN SỰ",
};

export const PUBLISHED_TITLE = [
  "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024",
  "(Kèm theo Hướng dẫn số 01/HD-KTĐNC ngày 15/01/2024 của Khối thi đua các cơ quan nội chính tỉnh)",
];

/** One unit's form file, shared by the sets that start from this bloc. */
export function formFile(code: string, options: Partial<Parameters<typeof addUnitForm>[1]> = {}): FormFile {
  const u = bloc.units.find((x) => x.code === code);
  if (!u) throw new Error(code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns(),
    banner: { left: [PARENT[code] ?? "", upper(u.name)], motto: "state" },
    dateLine: dateLine("Lạng Sơn", 5 + bloc.units.indexOf(u), 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Khối thi đua các cơ quan nội chính tỉnh Lạng Sơn"],
    numberRow: "parens",
    total: "TỔNG CỘNG (I+II+III+IV-V)",
    typing: typing({
      deduction: "minus-text",
      text: code === "TAND" || code === "STP" ? "decimals" : "none",
    }),
    remarks: self[code]?.["IV.1"] ? { "IV.1": "Có quyết định công nhận kèm theo" } : {},
    ...options,
  });
  return { path: `don-vi/Bang tu cham diem 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set01: CorpusSet = {
  id: "01-noi-chinh-bieu-mau",
  title:
    "published Tiêu chí + one self-scoring form per unit file (Sheet1), two-row header Tự chấm | Khối chấm",
  layout: [
    "published-criteria",
    "unit-files",
    "ascii-file-names",
    "banner-motto-title",
    "two-row-header",
    "column-number-row",
    "group-rows-with-sums",
    "bonus-deduction-sections",
    "deduction-typed-negative-text",
    "numbers-as-text",
    "agreed-column",
    "signature",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, { title: PUBLISHED_TITLE })),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
