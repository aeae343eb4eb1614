/**
 * Set 17: about ties. After the bloc's checking, the State Treasury and the Tax Department both have
 * 98,5: nobody is proposed for the flag (`cần bình xét`), neither gets a certificate, the others do.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { TRUNG_UONG_CAN_THO as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { ascii, blocBook, dateLine, twoRowColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  KBNN: "I.1 19.5, I.3 14.5, II.2 6.5, III.1 9.5, IV.1 1",
  CT: "I.2 14.5, I.4 9.5, II.1 7.5, III.2 7.5, IV.2 1",
  HQ: "I.1 19, I.3 14, II.2 6, III.3 6.5, V.2 0.5",
  BHXH: "I.1 18.5, I.2 14, II.1 7.5, III.1 9, IV.1 2",
  NHNN: "I.2 14, I.3 14.5, I.4 9, III.2 7, IV.2 1",
  CTK: "I.1 18, I.3 13.5, II.2 6.5, III.3 6, V.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { KBNN: "I.3 14", CT: "I.1 19.5", BHXH: "IV.1 1.5", NHNN: "III.2 6.5" },
  "full",
);

export const PARENT: Record<string, string> = {
  KBNN: "KHO BẠC NHÀ NƯỚC",
  CT: "TỔNG CỤC THUẾ",
  HQ: "TỔNG CỤC HẢI QUAN",
  BHXH: "BẢO HIỂM XÃ HỘI VIỆT NAM",
  NHNN: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
  CTK: "TỔNG CỤC THỐNG KÊ",
};

export function formFile(code: string): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: twoRowColumns(),
    banner: { left: [PARENT[code] ?? "", upper(u.name)], motto: "state" },
    dateLine: dateLine("Cần Thơ", 3, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Khối thi đua các cơ quan Trung ương đóng trên địa bàn thành phố"],
    numberRow: "parens",
  });
  return { path: `don-vi/Bang tu cham diem 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const PUBLISHED = { title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] };

export const set17: CorpusSet = {
  id: "17-dong-diem-co",
  title:
    "two units tied at rank 1 after the bloc's checking: no flag proposed (cần bình xét), no certificate for them",
  layout: ["published-criteria", "unit-files", "two-row-header", "agreed-column", "tie-for-flag"],
  bloc,
  tree,
  scores: { self, agreed },
  ties: true,
  build() {
    const files: OutFile[] = [
      { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addPublishedCriteria(wb, tree, PUBLISHED)) },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
