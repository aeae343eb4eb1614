/**
 * Blind set 22: a table that mixes groups with criteria standing alone at the top level: `III. Tham gia
 * đầy đủ… (10)` and `IV. Thực hiện chế độ thông tin, báo cáo… (15)` are scored rows themselves,
 * numbered like the groups `I` and `II` around them. A reader that takes every roman-numbered row for
 * a group drops 25 points of every unit.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { TONG_HOP_NGHE_AN as bloc } from "../blocs.js";
import { TIEU_CHI_DOC_LAP as tree } from "./trees.js";
import { ascii, blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 14.5, I.3 9.5, II.2 9.5, III 8, IV 14, V.1 2.5",
  STC: "I.2 14, I.4 9.5, II.1 9.5, III 10, IV 12.5, V.2 1.5",
  SKHDT: "I.1 14, I.2 14.5, II.3 4.5, III 9, IV 15, V.1 1, VI.2 0.5",
  VPUBND: "I.3 9, II.2 9, III 9.5, IV 13.5, V.1 3",
  TTr: "I.1 13.5, I.4 9, II.1 9, III 7, IV 14.5, V.2 2",
  STP: "I.2 14.5, II.3 4, III 8.5, IV 13, V.1 2.5, VI.1 1",
});

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["UBND TỈNH NGHỆ AN", upper(u.name)], motto: "state" },
    dateLine: dateLine("Nghệ An", 12, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name}`],
    ...options,
  });
  return { path: `don-vi/Tu cham thi dua 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set22: CorpusSet = {
  id: "22-tieu-chi-doc-lap",
  title:
    "groups `I`, `II` beside criteria standing alone at the top level (`III. Tham gia… 10`, `IV. Thông tin, báo cáo… 15`), scored on their own row",
  layout: ["published-criteria", "unit-files", "top-level-criteria-without-sub-rows"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - KHỐI TỔNG HỢP"] }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
