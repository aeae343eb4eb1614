/**
 * Blind set 09: the bloc's team re-scored every row and typed its points with two decimals (`18,33`,
 * `6,67`, `4,75`: the team's average worked out by hand), some as numbers, some as text, under
 * `Điểm Khối chấm lại`. The re-scored points decide the flag (SXD, not SCT).
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { KINH_TE_BINH_THUAN as bloc } from "./blocs.js";
import { NOI_CHINH as tree } from "../trees.js";
import { ascii, blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 19.5, I.3 9.5, II.2 6.5, III.1 6.5, IV.1 3",
  SNN: "I.2 9.5, I.4 9, II.1 7.5, III.3 5.5, IV.2 1.5, V.2 0.5",
  SXD: "I.1 19, II.3 4.5, III.2 5.5, IV.1 2.5",
  SGTVT: "I.1 18.5, I.3 9, II.4 4.5, III.4 5.5, IV.1 2, V.1 1",
  STNMT: "I.2 9, I.4 9.5, II.2 6, III.1 6.5, IV.2 2",
  BQLKCN: "I.1 19, I.2 9.5, II.1 7, III.3 5, IV.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  {
    SCT: "I.1 18.33, I.3 8.67, III.1 6.25, IV.1 2.33",
    SNN: "I.2 9.33, III.3 5.5",
    SXD: "I.1 18.75, II.3 4.67",
    SGTVT: "I.3 8.33, IV.1 1.67",
    STNMT: "I.4 9.25, IV.2 1.75",
    BQLKCN: "I.1 18.67, II.1 6.75",
  },
  "full",
);

export const COLUMNS: FormColumn[] = [
  TT,
  CONTENT,
  MAX,
  { role: "self", header: "Điểm tự chấm" },
  { role: "agreed", header: "Điểm Khối chấm lại" },
  NOTE,
];

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Chấm điểm",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: COLUMNS,
    banner: { left: ["UBND TỈNH BÌNH THUẬN", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bình Thuận", 19, 12, 2024),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Kết quả chấm lại của Tổ thẩm định Khối)"],
    above: [`Đơn vị: ${u.name}`],
    numFmt: "0.00",
    typing: typing({ text: code === "SNN" || code === "SGTVT" ? "decimals" : "none" }),
    ...options,
  });
  return { path: `don-vi/Ket qua cham lai 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set09: CorpusSet = {
  id: "09-diem-le-hai-so",
  title:
    "the bloc's re-scored points typed with two decimals (`18,33`, `6,67`), as numbers and as text, under `Điểm Khối chấm lại`",
  layout: [
    "published-criteria",
    "unit-files",
    "agreed-two-decimals-typed",
    "numbers-as-text",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - KHỐI KINH TẾ"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
