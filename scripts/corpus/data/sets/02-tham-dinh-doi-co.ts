/**
 * Set 02: the failure that hurt. Each unit's form carries the bloc's agreed points under
 * `Điểm Khối thẩm định`, beside `Điểm đơn vị tự chấm`. By self-scores the Department of Planning and
 * Investment leads (99,5); by the agreed points the Department of Finance does (98): the flag must
 * go to STC. `STT` codes, `Thang điểm` as the maximum, sheets `Biểu 01` and `Sheet1`.
 */
import type { CorpusSet, FormFile, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormColumn, FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { THAM_MUU_HA_TINH as bloc } from "../blocs.js";
import { SO_NGANH as tree } from "../trees.js";
import { ascii, blocBook, CONTENT, dateLine, NOTE, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SNV: "I.1 9, I.3 9, II.3 4.5, III.4 4.5, IV.1 5.5, V.2 0.5",
  STC: "I.2 9.5, I.4 4.5, II.2 4.5, III.1 4.5, IV.2 4.5, V.1 1",
  SKHDT: "I.3 9.5, II.1 5.5, IV.4 3.5, V.2 1",
  VPUBND: "I.2 9, II.1 5, III.3 4.5, IV.3 4.5, V.1 2",
  STP: "I.1 9, I.3 9, I.5 4.5, II.2 4, III.1 4.5, IV.1 5, VI.2 0.5",
  TTr: "I.1 8.5, I.2 9, I.4 4.5, II.1 5.5, III.2 4.5, IV.2 4.5, V.2 1",
  CTK: "I.1 9, I.2 9, I.3 9, II.4 3.5, III.4 4.5, IV.3 4, VI.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  {
    SNV: "I.3 8.5",
    STC: "II.2 4",
    SKHDT: "I.1 8.5, I.3 8.5, II.1 5, III.3 4, IV.4 3, V.2 0",
    VPUBND: "IV.3 4, V.1 1",
    TTr: "I.1 8",
    CTK: "II.4 3",
  },
  "full",
);

export const COLUMNS: FormColumn[] = [
  { role: "tt", header: "STT" },
  CONTENT,
  { role: "max", header: "Thang điểm" },
  { role: "self", header: "Điểm đơn vị tự chấm" },
  { role: "agreed", header: "Điểm Khối thẩm định" },
  NOTE,
];

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: ["STC", "STP", "CTK"].includes(code) ? "Biểu 01" : "Sheet1",
    unit: u,
    tree,
    scores: { self, agreed },
    columns: COLUMNS,
    banner: {
      left: [code === "CTK" ? "TỔNG CỤC THỐNG KÊ" : "UBND TỈNH HÀ TĨNH", upper(u.name)],
      motto: "state",
    },
    dateLine: dateLine("Hà Tĩnh", 10, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Khối thi đua các cơ quan tham mưu tổng hợp tỉnh)"],
    total: "Tổng cộng",
    ...options,
  });
  return { path: `don-vi/Tu cham diem thi dua 2024_${ascii(u.name)}.xlsx`, book: wb, sheet };
}

export const PUBLISHED = {
  title: [
    "TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    "(Ban hành kèm theo Quyết định số 05/QĐ-KTĐTH ngày 22/01/2024 của Khối trưởng)",
  ],
  headers: { tt: "STT", content: "Nội dung", max: "Thang điểm" },
};

export const set02: CorpusSet = {
  id: "02-tham-dinh-doi-co",
  title: "agreed points under `Điểm Khối thẩm định` change the leader: the flag goes to STC, not to SKHDT",
  layout: [
    "published-criteria",
    "unit-files",
    "agreed-column",
    "stt-codes",
    "thang-diem-max",
    "sheet-bieu-01",
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
