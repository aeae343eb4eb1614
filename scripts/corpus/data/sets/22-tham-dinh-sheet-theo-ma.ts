/**
 * Set 22: a secretary who followed the guide halfway: `Tiêu chí` in the contract's layout, one sheet
 * per unit named by its code with `Mã tiêu chí | … | Tự chấm`, and the bloc's points in a column
 * headed `Điểm Khối thẩm định`. Self-scores would give the flag to SGDDT; the agreed points give it
 * to SYT.
 */
import type ExcelJS from "exceljs";
import type { CorpusSet } from "../../lib/model.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { VHXH_HAI_PHONG as bloc } from "../blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SGDDT: "I.3 9.5, II.1 5.5, III.2 4.5, IV.4 3.5, V.1 1",
  SYT: "I.1 9.5, I.4 4.5, II.2 4.5, III.3 4.5, V.2 0.5",
  SLDTBXH: "I.1 9, I.2 9.5, II.3 4.5, III.1 4.5, IV.1 5.5, VI.2 0.5",
  SVHTT: "I.2 9, I.3 9, II.4 3.5, III.4 4.5, V.1 1",
  SDL: "I.1 9, I.3 9.5, I.5 4.5, II.2 4, IV.2 4.5, V.2 0.5",
  PTTH: "I.1 8.5, I.2 9, I.4 4, II.1 5, III.2 4.5, VI.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { SGDDT: "I.3 8.5, III.2 4, V.1 0", SLDTBXH: "I.1 8.5", SVHTT: "V.1 0.5" },
  "full",
);

export const COLUMNS: FormColumn[] = [
  { role: "tt", header: "Mã tiêu chí" },
  { role: "content", header: "Nội dung" },
  { role: "max", header: "Điểm tối đa" },
  { role: "self", header: "Tự chấm" },
  { role: "agreed", header: "Điểm Khối thẩm định" },
  NOTE,
];

export function addSheet(wb: ExcelJS.Workbook, code: string, options: Partial<FormOptions> = {}) {
  const u = unit(bloc, code);
  return addUnitForm(wb, {
    sheetName: code,
    unit: u,
    tree,
    scores: { self, agreed },
    columns: COLUMNS,
    banner: { left: ["UBND THÀNH PHỐ HẢI PHÒNG", upper(u.name)], motto: "state" },
    dateLine: dateLine("Hải Phòng", 12, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    groupRows: false,
    printKeys: true,
    total: "Tổng cộng",
    signature: false,
    ...options,
  });
}

export const set22: CorpusSet = {
  id: "22-tham-dinh-sheet-theo-ma",
  title:
    "contract `Tiêu chí` and per-code sheets, but the bloc's points under `Điểm Khối thẩm định`: the flag goes to SYT, not SGDDT",
  layout: [
    "contract-criteria",
    "sheets-in-bloc-workbook",
    "sheet-named-by-code",
    "agreed-column-unknown-heading",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const book = blocBook(bloc, (wb) => {
      addContractCriteria(wb, tree);
      for (const u of bloc.units) addSheet(wb, u.code);
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
