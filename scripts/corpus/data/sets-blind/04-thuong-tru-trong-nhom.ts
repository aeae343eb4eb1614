/**
 * Blind set 04: bonus and deduction rows at the end of ordinary groups (`5. Điểm thưởng: …` in group
 * I, `4. Điểm trừ: …` in group II, `4. Điểm thưởng: …` in group III), then a closing section `IV. ĐIỂM
 * TRỪ CHUNG`. The in-group deduction is typed with its minus sign (so the group's SUM is right); the
 * closing section's deductions are typed as the points taken off, except by one unit that types every
 * deduction negative.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import type { Typing } from "../../lib/typing.js";
import { typing } from "../../lib/typing.js";
import { KINH_TE_BAC_NINH as bloc } from "./blocs.js";
import { TRONG_NHOM as tree } from "./trees.js";
import { ascii, blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 14, I.5 2, II.2 7.5, II.4 1, III.1 11.5, IV.2 0.5",
  SNN: "I.2 11, I.5 1, II.1 9.5, III.2 9.5, III.4 2, IV.1 1",
  SXD: "I.1 14.5, I.3 7.5, II.3 6.5, III.3 7.5, III.4 1.5",
  SGTVT: "I.4 9, I.5 2, II.4 2, III.1 11, III.4 2, IV.2 1",
  STNMT: "I.1 13.5, I.2 11.5, II.2 7, III.2 9, I.5 1.5, IV.2 0.5",
  SKHCN: "I.3 7, II.1 9, II.4 1, III.3 7, III.4 1, IV.1 2",
});

/** The in-group deduction row typed `-1`; the closing section's points typed positive. */
const inGroupMinus: Typing = (points, ctx) =>
  ctx.section === "deduction" && ctx.key === "II.4" && points !== 0 ? -points : points;

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Tự chấm",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH BẮC NINH", upper(u.name)], motto: "state" },
    dateLine: dateLine("Bắc Ninh", 9, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    numberRow: "parens",
    typing: code === "SGTVT" ? typing({ deduction: "minus-number" }) : inGroupMinus,
    total: "Tổng cộng",
    ...options,
  });
  return { path: `don-vi/${ascii(u.name)} - tu cham 2024.xlsx`, book: wb, sheet };
}

export const PUBLISHED = {
  title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "(Khối thi đua các sở, ngành kinh tế tỉnh Bắc Ninh)"],
};

export const set04: CorpusSet = {
  id: "04-thuong-tru-trong-nhom",
  title:
    "bonus and deduction rows at the end of ordinary groups (`Điểm thưởng: …`, `Điểm trừ: …`), then a closing `ĐIỂM TRỪ CHUNG` section; signs typed both ways",
  layout: [
    "published-criteria",
    "unit-files",
    "bonus-deduction-rows-inside-groups",
    "deduction-section",
    "deduction-typed-positive-and-negative",
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
