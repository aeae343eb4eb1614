/**
 * Set 15: the checking team wrote `Điểm khối chấm` only on the rows it changed (the rest count as
 * the unit's own), two units were not changed at all; a `1 2 3 4 5 6` row of numbers under the
 * header; `Điểm đơn vị tự chấm`.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { KINH_TE_PHU_THO as bloc } from "../blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { ascii, blocBook, CONTENT, dateLine, MAX, NOTE, TT, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SCT: "I.1 9.5, I.3 9, II.1 5.5, III.3 4.5, IV.1 5.5, V.1 2",
  SNN: "I.2 9.5, I.3 9.5, II.3 4.5, III.2 4.5, IV.4 3.5, V.2 1",
  SXD: "I.1 9, I.4 4.5, II.2 4.5, III.1 4.5, IV.2 4.5, VI.1 1",
  SGTVT: "I.1 8.5, I.2 9, I.5 4.5, II.4 3.5, III.4 4.5, V.1 1.5",
  STNMT: "I.3 8.5, II.1 5, III.2 4.5, IV.1 5, VI.2 0.5",
  SKHCN: "I.1 9, I.2 9.5, II.2 4.5, II.3 4.5, IV.3 4.5, IV.4 3.5, V.1 1",
  STTTT: "I.2 9, I.3 9, II.3 4, III.4 4, IV.2 4.5, V.2 0.5",
});

export const agreed = agreedPoints(
  tree,
  self,
  { SCT: "V.1 1", SNN: "I.3 8.5", SGTVT: "V.1 1", SKHCN: "II.3 4, IV.3 4", STTTT: "III.4 3.5, V.2 0" },
  "changed",
);

export const COLUMNS: FormColumn[] = [
  TT,
  CONTENT,
  MAX,
  { role: "self", header: "Điểm đơn vị tự chấm" },
  { role: "agreed", header: "Điểm khối chấm" },
  NOTE,
];

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: COLUMNS,
    banner: { left: ["UBND TỈNH PHÚ THỌ", upper(u.name)], motto: "state" },
    dateLine: dateLine("Phú Thọ", 4, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["Khối thi đua các sở, ngành kinh tế - kỹ thuật"],
    numberRow: "digits",
    remarks: self[code]?.["V.1"] !== undefined ? { "V.1": "Có văn bản ghi nhận" } : {},
    ...options,
  });
  return { path: `don-vi/Bang diem tu cham 2024 - ${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const set15: CorpusSet = {
  id: "15-khoi-cham-mot-phan",
  title:
    "`Điểm khối chấm` written only on the rows the bloc changed (mixed points), a `1 2 3 4 5 6` number row",
  layout: ["published-criteria", "unit-files", "agreed-on-changed-rows-only", "digits-row", "agreed-column"],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"], numberRow: true }),
        ),
      },
    ];
    for (const u of bloc.units) files.push(formFile(u.code));
    return { files };
  },
};
