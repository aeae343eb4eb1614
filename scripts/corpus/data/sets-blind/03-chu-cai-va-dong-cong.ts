/**
 * Blind set 03: Party bodies whose tables are lettered `A.`, `B.`, `C.`, then `D. ĐIỂM CỘNG` and
 * `Đ. ĐIỂM TRỪ` (the Vietnamese letter after D), criteria numbered `1)`, `2)`. Group rows print
 * nothing: each group's points stand in a `Cộng` row under it, in the published table and in the
 * forms. Files named by code and year (`BTC_2024.xlsx`), sheet `Biểu chấm điểm`.
 */
import type { CorpusSet, FormFile, Group, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import type { FormOptions } from "../../lib/unit-form.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { bareTt } from "../../lib/tree.js";
import { DANG_NGHE_AN as bloc } from "./blocs.js";
import { CHU_CAI as tree } from "./trees.js";
import { blocBook, dateLine, selfColumns, unit, upper } from "../presets.js";

export const self = selfPoints(tree, {
  BTC: "A.1 14, A.3 9.5, B.2 7.5, C.1 11, D.1 2, Đ.2 0.5",
  BTG: "A.2 11.5, A.4 7.5, B.1 9.5, C.2 9, D.2 1.5",
  UBKT: "A.1 14.5, A.2 11, B.3 6.5, C.3 7.5, D.1 1, Đ.1 1.5",
  VPTU: "A.3 9, B.1 9, B.2 7, C.1 11.5, C.2 9.5, D.2 1.5",
  BDV: "A.1 14.5, A.4 7, B.3 6, C.2 9.5, D.1 2.5",
  BNC: "A.2 11, A.3 9.5, B.1 9.5, C.3 7, Đ.2 1",
  BAO: "A.1 13.5, A.4 7.5, B.2 7.5, C.1 11, D.1 1, D.2 0.5",
});

const cong = (g: Group): string => `Cộng ${bareTt(g.tt)}`;

export function formFile(code: string, options: Partial<FormOptions> = {}): FormFile {
  const u = unit(bloc, code);
  const wb = newBook();
  const sheet = addUnitForm(wb, {
    sheetName: "Biểu chấm điểm",
    unit: u,
    tree,
    scores: { self },
    columns: selfColumns("Điểm tự chấm"),
    banner: { left: ["TỈNH ỦY NGHỆ AN", upper(u.name), "*"], motto: "party" },
    dateLine: dateLine("Nghệ An", 18, 12, 2024),
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
    subtitle: ["(Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy)"],
    groupMax: false,
    groupSums: false,
    subtotals: cong,
    subtotalMax: true,
    total: "TỔNG ĐIỂM (A+B+C+D-Đ)",
    signature: ["NGƯỜI LẬP", "T/M CƠ QUAN"],
    ...options,
  });
  return { path: `don-vi/${code}_2024.xlsx`, book: wb, sheet };
}

export const PUBLISHED = {
  title: [
    "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA NĂM 2024",
    "(Kèm theo Hướng dẫn số 05-HD/KTĐ ngày 25/01/2024 của Khối thi đua)",
  ],
  groupPointsCell: () => undefined,
  subtotal: cong,
};

export const set03: CorpusSet = {
  id: "03-chu-cai-va-dong-cong",
  title:
    "Party tables lettered `A.` `B.` `C.` `D. ĐIỂM CỘNG` `Đ. ĐIỂM TRỪ`, criteria `1)`; group points only in `Cộng` rows under each group",
  layout: [
    "published-criteria",
    "unit-files",
    "lettered-groups-with-Đ",
    "parenthesis-numbering",
    "group-points-in-subtotal-rows",
    "party-banner",
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
