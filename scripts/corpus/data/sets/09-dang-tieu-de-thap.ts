/**
 * Set 09: Party bodies' forms whose header sits on row 13: the Party banner (`TỈNH ỦY QUẢNG BÌNH`,
 * the body, `*`), `ĐẢNG CỘNG SẢN VIỆT NAM`, date, title, subtitle, `Kính gửi`, `Đơn vị`, two `Căn cứ`
 * lines; an `A B C D E F` row under the header; a nested table (`A.` → `I` → `1`) with `B. ĐIỂM CỘNG`
 * and `C. ĐIỂM TRỪ` sections; deductions typed as negative numbers; the bloc's `Điểm khối chấm`.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { DANG_QUANG_BINH as bloc } from "../blocs.js";
import { DANG as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  BTC: "A.I.1 14.5, A.I.4 7.5, A.II.3 5.5, A.III.3 6.5, B.1 1",
  BTG: "A.I.1 14, A.I.3 9.5, A.II.2 5.5, A.III.1 7.5, B.2 1",
  UBKT: "A.I.2 9, A.I.5 6.5, A.II.1 7.5, A.III.4 4.5, B.1 1.5",
  VPTU: "A.I.1 13.5, A.I.3 9, A.II.1 7, A.III.2 4.5, C.2 0.5",
  BNC: "A.I.1 14, A.I.2 9.5, A.I.4 7, A.II.4 4.5, A.III.3 6.5, B.2 1",
  BDV: "A.I.3 9, A.I.5 6, A.II.2 5.5, A.III.1 7, C.1 1",
  BAO: "A.I.1 13, A.I.2 9, A.I.4 7.5, A.II.3 5, A.III.2 4.5, B.1 1",
  TCT: "A.I.1 13.5, A.I.3 8.5, A.II.1 7.5, A.III.3 6, A.III.4 4.5, C.2 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { BTC: "A.I.2 9.5", BTG: "A.I.5 6.5", UBKT: "A.II.4 4, B.1 1", BNC: "A.III.3 6", BDV: "A.I.3 8.5" },
  "full",
);

export function formFile(code: string, options: Partial<FormOptions> = {}, year = 2024): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Biểu 01",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: [
      TT,
      CONTENT,
      MAX,
      { role: "self", header: "Điểm tự chấm" },
      { role: "agreed", header: "Điểm khối chấm" },
      NOTE,
    ],
    banner: { left: ["TỈNH ỦY QUẢNG BÌNH", upper(u.name), "*"], motto: "party" },
    dateLine: dateLine("Quảng Bình", 16, 12, year),
    title: `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    subtitle: ["(Dùng cho các ban, đơn vị, cơ quan Đảng tỉnh)"],
    above: [
      "Kính gửi: Khối thi đua các ban, đơn vị, cơ quan Đảng tỉnh",
      `Đơn vị: ${u.name}`,
      `Căn cứ Hướng dẫn số 02-HD/KTĐ ngày 20/01/${year} của Khối thi đua về chấm điểm thi đua năm ${year};`,
      `${u.name} tự chấm điểm như sau:`,
    ],
    numberRow: "letters",
    typing: typing({ deduction: "minus-number" }),
    total: "TỔNG ĐIỂM (A+B-C)",
    signature: ["NGƯỜI TỔNG HỢP", "T/M CHI BỘ / THỦ TRƯỞNG CƠ QUAN"],
    ...options,
  });
  return { path: `don-vi/${code}.xlsx`, book: wb, sheet };
}

export const PUBLISHED = {
  title: [
    "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA NĂM 2024",
    "(Kèm theo Hướng dẫn số 02-HD/KTĐ ngày 20/01/2024 của Khối thi đua các ban, đơn vị, cơ quan Đảng tỉnh)",
  ],
};

export const set09: CorpusSet = {
  id: "09-dang-tieu-de-thap",
  title:
    "Party forms with the header on row 13 (banner, Kính gửi, Đơn vị, Căn cứ), nested A/I/1 table, B. ĐIỂM CỘNG, C. ĐIỂM TRỪ",
  layout: [
    "published-criteria",
    "unit-files",
    "header-below-row-10",
    "party-banner",
    "letters-row",
    "nested-groups",
    "sections-lettered",
    "deduction-typed-negative-number",
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
