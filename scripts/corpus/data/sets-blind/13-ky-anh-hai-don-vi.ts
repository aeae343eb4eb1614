/**
 * Blind set 13: two members share a place name: huyện Kỳ Anh and thị xã Kỳ Anh. Their files are
 * `Ky Anh.xlsx` and `TX Ky Anh.xlsx`; each form's `Đơn vị:` line names its own committee in full
 * (`UBND huyện Kỳ Anh`, `UBND thị xã Kỳ Anh`). A loose match of `Ky Anh` could take either.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { CUM_KY_ANH as bloc } from "./blocs.js";
import { HUYEN as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, unit } from "../presets.js";
import { districtBanner } from "./common.js";

export const self = selfPoints(tree, {
  HKA: "I.1 9.5, I.3 9, II.2 5.5, III.1 7.5, VI.1 2.5",
  TXKA: "I.2 9.5, II.1 6.5, IV.1 7.5, V.2 4.5, VI.1 1, VII.2 0.5",
  CXUYEN: "I.1 9, I.4 4.5, II.3 5.5, III.2 6.5, VI.2 1.5",
  THA: "I.3 9.5, II.4 5.5, IV.2 6.5, VI.1 2, VII.1 1",
  HKHE: "I.1 8.5, I.2 9, II.2 5, III.1 7, VI.2 2",
});

export const FILES: Record<string, string> = {
  HKA: "Ky Anh.xlsx",
  TXKA: "TX Ky Anh.xlsx",
  CXUYEN: "Cam Xuyen.xlsx",
  THA: "Thach Ha.xlsx",
  HKHE: "Huong Khe.xlsx",
};

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: districtBanner(u.name), motto: "state" },
    dateLine: dateLine("Hà Tĩnh", 10, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    above: [`Đơn vị: ${u.name.replace("Ủy ban nhân dân", "UBND")}`],
    ...options,
  });
  return { path: `don-vi/${FILES[code] ?? code}`, book: wb, sheet };
}

export const set13: CorpusSet = {
  id: "13-ky-anh-hai-don-vi",
  title:
    "huyện Kỳ Anh and thị xã Kỳ Anh in one cluster: files `Ky Anh.xlsx` and `TX Ky Anh.xlsx`, each `Đơn vị:` line naming its own committee",
  layout: ["published-criteria", "unit-files", "similar-unit-names", "abbreviated-unit-line"],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "cum.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 4"],
          }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
