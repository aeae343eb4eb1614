/**
 * Set 04: unit files named as units name them: ASCII (`Bang tu cham diem 2024 - So Y te.xlsx`),
 * Vietnamese NFC, Vietnamese NFD (saved on a Mac), by code, and one generic name
 * (`BC thi dua 2024 (gui Khoi).xlsx`) that only its `Đơn vị: …` line identifies. Sheets `Sheet1`,
 * `Biểu 01`, `Tự chấm 2024`. Three units carry the bloc's `Điểm thống nhất`, three do not.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { VHXH_QUANG_NINH as bloc } from "../blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, nfd, NOTE, selfColumns, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SYT: "I.1 9.5, I.3 9, II.2 4.5, III.1 4.5, IV.1 5.5, V.1 2",
  SGDDT: "I.2 9, I.3 9.5, II.1 5.5, III.2 4, IV.4 3.5, V.1 1, V.2 1",
  SVHTT: "I.1 9, I.4 4.5, II.3 4.5, III.3 4.5, IV.2 4.5, VI.2 0.5",
  SLDTBXH: "I.1 9, I.3 8.5, II.1 5, III.4 4.5, IV.1 5.5, V.2 0.5",
  TTTT: "I.1 8.5, I.2 9, I.5 4.5, II.4 3.5, III.1 5, IV.3 4.5, VI.2 1",
  BAO: "I.3 9, II.2 4.5, III.2 4.5, IV.4 3.5, V.2 1",
});

const agreedAll = agreedPoints(tree, self, { SYT: "V.1 1.5, I.3 8.5", SGDDT: "V.2 0.5, I.2 8.5" }, "full");
/** Only the three units the bloc's team cross-checked carry agreed points. */
export const agreed = {
  SYT: agreedAll.SYT ?? {},
  SGDDT: agreedAll.SGDDT ?? {},
  SVHTT: agreedAll.SVHTT ?? {},
};

/** File and sheet of each unit's form. */
export const FILES: Record<string, { file: string; sheet: string }> = {
  SYT: { file: "Bang tu cham diem 2024 - So Y te.xlsx", sheet: "Sheet1" },
  SGDDT: { file: "Bảng tự chấm - Sở Giáo dục và Đào tạo.xlsx", sheet: "Biểu 01" },
  SVHTT: { file: nfd("Bảng tự chấm - Sở Văn hóa và Thể thao.xlsx"), sheet: "Tự chấm 2024" },
  SLDTBXH: { file: "SLDTBXH.xlsx", sheet: "Sheet1" },
  TTTT: { file: "BC thi dua 2024 (gui Khoi).xlsx", sheet: "Sheet1" },
  BAO: { file: "Tự chấm điểm năm 2024_Báo Quảng Ninh.xlsx", sheet: "Sheet1" },
};

export function formFile(
  code: string,
  options: Partial<FormOptions> = {},
  name = FILES[code]?.file,
): FormFile {
  const u = unit(bloc, code);
  const where = FILES[code];
  const checked = code in agreed;
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: where?.sheet ?? "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: checked
      ? [
          TT,
          CONTENT,
          MAX,
          { role: "self", header: "Điểm tự chấm" },
          { role: "agreed", header: "Điểm thống nhất" },
          NOTE,
        ]
      : selfColumns(),
    banner: { left: ["UBND TỈNH QUẢNG NINH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Quảng Ninh", 9, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: code === "SYT" ? [] : [`Đơn vị: ${u.name}`],
    numberRow: "parens",
    ...options,
  });
  return { path: `don-vi/${name ?? code}`, book: wb, sheet };
}

export const PUBLISHED = {
  title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Khối thi đua văn hóa - xã hội)"],
};

export const set04: CorpusSet = {
  id: "04-ten-file-tieng-viet",
  title:
    "unit files named in ASCII, Vietnamese NFC and NFD, by code, or generically with only a `Đơn vị:` line",
  layout: [
    "published-criteria",
    "unit-files",
    "file-names-vietnamese-nfd",
    "don-vi-line",
    "sheet-names-varied",
    "agreed-for-some-units",
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
