/**
 * Blind set 01: district forms whose columns run `TT | Nội dung | Điểm tự đánh giá | Ghi chú |
 * Thang điểm chuẩn`: the score before the maximum, the notes between them. Every number carries a
 * trailing dot (`I.`, `1.`); deductions are typed as the points taken off. Files are named as the
 * districts name themselves (`UBND TP Chi Linh.xlsx`, `UBND H. Kim Thanh.xlsx`).
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { CUM_HAI_DUONG as bloc } from "./blocs.js";
import { CHAM_CUOI as tree } from "./trees.js";
import { blocBook, dateLine, unit } from "../presets.js";
import { districtBanner } from "./common.js";

export const self = selfPoints(tree, {
  CLINH: "I.1 11.5, I.3 9, II.2 7.5, III.1 9, IV.1 2, V.2 0.5",
  KMON: "I.2 11, I.4 7, II.3 9.5, III.3 13, IV.2 1.5, V.1 1",
  NSACH: "I.1 11, I.2 11.5, II.1 7.5, III.2 7, IV.1 3",
  KTHANH: "I.3 9.5, I.4 7.5, II.2 7, III.3 13.5, V.2 1",
  THA: "I.1 10.5, II.1 7, II.3 9, III.1 9.5, IV.1 1.5, V.1 2",
});

export const COLUMNS: FormColumn[] = [
  { role: "tt", header: "TT" },
  { role: "content", header: "Nội dung" },
  { role: "self", header: "Điểm tự đánh giá" },
  { role: "note", header: "Ghi chú" },
  { role: "max", header: "Thang điểm chuẩn" },
];

export const FILES: Record<string, { file: string; sheet: string }> = {
  CLINH: { file: "UBND TP Chi Linh.xlsx", sheet: "Sheet1" },
  KMON: { file: "UBND TX Kinh Mon.xlsx", sheet: "Tự đánh giá" },
  NSACH: { file: "UBND huyen Nam Sach.xlsx", sheet: "Sheet1" },
  KTHANH: { file: "UBND H. Kim Thanh.xlsx", sheet: "TDG 2024" },
  THA: { file: "UBND huyen Thanh Ha - tu cham 2024.xlsx", sheet: "Sheet1" },
};

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const where = FILES[code] as { file: string; sheet: string };
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: where.sheet,
    unit: u,
    tree,
    scores: { self },
    columns: COLUMNS,
    banner: { left: districtBanner(u.name), motto: "state" },
    dateLine: dateLine(u.name.replace(/^Ủy ban nhân dân (huyện|thị xã|thành phố) /u, ""), 11, 12, 2024),
    title: "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Cụm thi đua số 2 - tỉnh Hải Dương"],
    total: "Tổng số điểm",
    ...options,
  });
  return { path: `don-vi/${where.file}`, book: wb, sheet };
}

export const PUBLISHED = {
  title: [
    "BẢNG TIÊU CHÍ ĐÁNH GIÁ, CHẤM ĐIỂM THI ĐUA NĂM 2024",
    "(Kèm theo Kế hoạch số 03/KH-CTĐ2 ngày 10/02/2024 của Cụm thi đua số 2)",
  ],
  headers: { content: "Nội dung", max: "Thang điểm chuẩn" },
};

export const set01: CorpusSet = {
  id: "01-danh-gia-truoc-thang-diem",
  title:
    "district forms `TT | Nội dung | Điểm tự đánh giá | Ghi chú | Thang điểm chuẩn` (score before maximum), numbers with trailing dots `I.` `1.`",
  layout: [
    "published-criteria",
    "unit-files",
    "score-before-maximum",
    "note-between-columns",
    "trailing-dot-numbering",
    "abbreviated-file-names",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      { path: "cum.xlsx", book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, PUBLISHED)) },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
