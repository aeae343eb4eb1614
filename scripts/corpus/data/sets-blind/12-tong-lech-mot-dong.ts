/**
 * Blind set 12: one bank's group I subtotal is `=SUM(D9:D11)` where its rows run to D12, so its
 * printed total is 10 points short (the rows are right); every form is signed in January 2025 (`ngày 06
 * tháng 01 năm 2025`) and cites the 2023 guidance still in force, while its title says NĂM 2024.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { NGAN_HANG_AN_GIANG as bloc } from "./blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";
import { agreedPoints } from "../../lib/points.js";

export const self = selfPoints(tree, {
  AGR: "I.1 19, I.3 14.5, II.1 7.5, III.2 7.5, IV.1 2",
  VCB: "I.2 14, I.4 9, II.2 6.5, III.1 9.5, IV.1 3, IV.2 1",
  CTG: "I.1 19.5, I.3 14, II.1 7, III.3 6.5, IV.2 2",
  BIDV: "I.2 14.5, I.4 9.5, II.2 6, III.1 9, IV.1 1, V.2 0.5",
  NHCSXH: "I.1 18.5, I.3 14.5, II.1 7.5, III.2 7, IV.1 2.5",
});

export const agreed = agreedPoints(tree, self, { VCB: "IV.1 2.5", CTG: "I.3 13.5" }, "full");

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns("Tự chấm", "Khối chấm", "Số điểm"),
    banner: { left: ["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", upper(u.name)], motto: "state" },
    dateLine: dateLine("An Giang", 6, 1, 2025),
    title: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [
      `Đơn vị: ${u.name}`,
      "Căn cứ Hướng dẫn số 12/HD-KTĐNH ngày 15/3/2023 của Khối thi đua các ngân hàng thương mại tỉnh;",
    ],
    shortSums: code === "CTG" ? ["I"] : [],
    total: "Tổng cộng",
    ...options,
  });
  return { path: `don-vi/${code}.xlsx`, book: wb, sheet };
}

export const set12: CorpusSet = {
  id: "12-tong-lech-mot-dong",
  title:
    "one bank's group SUM stops a row short (its printed total is 10 points low, its rows are right); forms signed in January 2025 citing 2023 guidance",
  layout: [
    "published-criteria",
    "unit-files",
    "subtotal-formula-one-row-short",
    "date-line-next-year",
    "other-year-in-text",
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
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
