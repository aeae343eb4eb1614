/**
 * Blind set 10: a table of 25 criteria in five groups coded `1.1.`…`5.4.` (a trailing dot on every
 * code), `+` explanation lines under 2.1., then `6. Điểm thưởng` and `7. Điểm trừ`. The forms come in
 * files numbered as the secretary filed them (`01. So Noi vu.xlsx`, `03. So KH&DT.xlsx`), Sở Nội vụ
 * and Sở Ngoại vụ among them.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_THANH_HOA as bloc } from "./blocs.js";
import { HAI_MUOI_LAM as tree } from "./trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "1.1 4.5, 1.4 3.5, 2.2 3.5, 3.3 3.5, 4.1 5.5, 5.2 2.5, 6.1 1, 7.2 1",
  STC: "1.2 4.5, 1.6 3.5, 2.1 4, 3.1 3.5, 4.3 4.5, 6.2 1",
  SKHDT: "1.3 4.5, 2.4 3.5, 3.5 1.5, 4.2 3.5, 5.4 3.5, 6.1 2, 7.1 1",
  STP: "1.1 4.5, 1.7 2.5, 2.3 3.5, 3.4 3.5, 5.1 3.5, 6.2 1, 7.1 2",
  TTr: "1.5 3.5, 2.5 2.5, 3.2 3.5, 4.1 5, 5.3 3.5, 6.1 1.5, 7.3 1",
  SNGV: "1.2 4, 2.1 3, 3.6 1.5, 4.3 4.5, 6.1 2, 6.2 2, 7.2 1",
});

export const FILES: Record<string, string> = {
  SNV: "01. So Noi vu.xlsx",
  STC: "02. So Tai chinh.xlsx",
  SKHDT: "03. So KH&DT.xlsx",
  STP: "04. So Tu phap.xlsx",
  TTr: "05. Thanh tra tinh.xlsx",
  SNGV: "06. So Ngoai vu.xlsx",
};

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns(
      "Điểm tự chấm",
      { role: "max", header: "Điểm tối đa" },
      { role: "tt", header: "STT" },
    ),
    banner: { left: ["UBND TỈNH THANH HÓA", upper(u.name)], motto: "state" },
    dateLine: dateLine("Thanh Hóa", 13, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Khối thi đua các cơ quan tổng hợp tỉnh"],
    numberRow: "parens",
    ...options,
  });
  return { path: `don-vi/${FILES[code] ?? code}`, book: wb, sheet };
}

export const PUBLISHED = {
  title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(25 tiêu chí, thang điểm 100)"],
  headers: { tt: "STT", max: "Điểm tối đa" },
};

export const set10: CorpusSet = {
  id: "10-hai-muoi-lam-tieu-chi",
  title:
    "25 criteria coded `1.1.`…`5.4.` with trailing dots, `+` explanation lines; files `01. So Noi vu.xlsx`…`06. So Ngoai vu.xlsx`",
  layout: [
    "published-criteria",
    "unit-files",
    "25-criteria",
    "decimal-codes-trailing-dot",
    "numbered-file-names",
    "similar-unit-names",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, PUBLISHED)) },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
