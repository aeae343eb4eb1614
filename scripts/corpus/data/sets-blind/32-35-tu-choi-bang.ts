/**
 * Blind sets 32–35: slips in the chair's master tables and in a unit's workbook that a careful reader
 * must refuse: a maximum the chair changed in the master table, a unit's column left empty, a row
 * naming a unit that is not a member, two sheets of the same year with different points.
 */
import type { CorpusSet, Unit } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addMasterGroups } from "../../lib/master-groups.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { newBook } from "../../lib/book.js";
import { selfPoints } from "../../lib/points.js";
import { blocBook } from "../presets.js";
import { DOAN_THE_BAC_GIANG as bac } from "../blocs.js";
import { GON } from "../trees.js";
import { replace } from "./common.js";
import * as s18 from "./18-tong-hop-theo-nhom.js";
import * as s20 from "./20-sheet-co-nam.js";

/** A cluster's final points, for the master tables below (units as columns, short names over codes). */
const points = selfPoints(GON, {
  MTTQ: "I.1 19, I.3 14, II.2 6.5, III.1 9.5, IV.1 2",
  LDLD: "I.2 14.5, I.4 9, II.1 7.5, III.3 6.5, IV.1 1.5, V.2 0.5",
  HLHPN: "I.1 19.5, I.2 14, II.2 6.5, III.2 7.5, IV.2 1.5",
  TD: "I.3 14.5, I.4 9.5, II.1 7, III.1 9, IV.1 3",
  HND: "I.1 18.5, I.2 14, II.2 6, III.3 6, V.1 1",
  HCCB: "I.1 19, I.4 9.5, II.1 7.5, III.2 7, IV.2 1",
});

const SHORT: Record<string, string> = {
  MTTQ: "MTTQ tỉnh",
  LDLD: "LĐLĐ tỉnh",
  HLHPN: "Hội LHPN",
  TD: "Tỉnh đoàn",
  HND: "Hội Nông dân",
  HCCB: "Hội CCB",
};

function masterSet(
  id: string,
  title: string,
  layout: string[],
  change: { maxima?: Record<string, number>; empty?: string; score?: [string, string, number] },
  errors: (where: { row: (key: string) => number; col: (code: string) => string; header: number }) => {
    cell?: string;
    row?: number;
    why: string;
  }[],
): CorpusSet {
  return {
    id,
    title,
    layout,
    bloc: bac,
    tree: GON,
    scores: { self: {}, agreed: points },
    build() {
      let where: Parameters<typeof errors>[0] | undefined;
      const shown = Object.fromEntries(
        Object.entries(points)
          .filter(([code]) => code !== change.empty)
          .map(([code, p]) => [
            code,
            change.score && change.score[0] === code ? { ...p, [change.score[1]]: change.score[2] } : p,
          ]),
      );
      const book = blocBook(bac, (wb) => {
        addPublishedCriteria(wb, GON, { title: ["TIÊU CHÍ THI ĐUA NĂM 2024 - CỤM THI ĐUA CÁC ĐOÀN THỂ"] });
        const sheet = addMasterColumns(wb, {
          sheetName: "Tổng hợp",
          units: bac.units,
          unitHeader: (u: Unit) => SHORT[u.code] ?? u.name,
          codesRow: true,
          tree: GON,
          scores: { self: {}, agreed: shown },
          title: [
            "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024",
            "Cụm thi đua các tổ chức chính trị - xã hội tỉnh Bắc Giang",
          ],
          maxima: change.maxima,
        });
        const header = Math.min(...sheet.rowOf.values()) - 2;
        where = {
          row: (key) => sheet.rowOf.get(key) as number,
          col: (code) => String.fromCharCode(64 + (sheet.colOfUnit.get(code) as number)),
          header,
        };
      });
      const w = where as Parameters<typeof errors>[0];
      return {
        files: [{ path: "cum.xlsx", book }],
        errors: errors(w).map((e) => ({ file: "cum.xlsx", sheet: "Tổng hợp", ...e })),
      };
    },
  };
}

export const set32 = masterSet(
  "32-diem-chuan-bang-tong-hop-sai",
  "the master table prints 20 as the maximum of I.2 where `Tiêu chí` says 15, and Hội LHPN has 17 there",
  ["master-units-as-columns", "maximum-differs-from-criteria"],
  { maxima: { "I.2": 20 }, score: ["HLHPN", "I.2", 17] },
  (w) => [
    {
      row: w.row("I.2"),
      why: "the master table's maximum of I.2 is 20 where Tiêu chí says 15, and Hội LHPN's 17 there is above 15",
    },
  ],
);

export const set33 = masterSet(
  "33-cot-don-vi-trong",
  "the master table's column of Hội Nông dân is empty: the chair has not entered its points yet",
  ["master-units-as-columns", "unit-column-empty"],
  { empty: "HND" },
  (w) => [
    {
      cell: `${w.col("HND")}${w.row("I.1")}`,
      why: "the column of Hội Nông dân (HND) holds no points from its first criterion down: its scores are missing",
    },
  ],
);

export const set34: CorpusSet = {
  ...s18.set18,
  id: "34-hang-khong-thuoc-cum",
  title:
    "the group-level summary has a row `UBND huyện Giao Thủy` (not a member of the cluster) where `UBND huyện Trực Ninh` should be",
  layout: ["master-units-as-rows", "row-names-no-unit"],
  build() {
    const { bloc, tree } = s18.set18;
    const wrong = bloc.units.map((u) =>
      u.code === "TNINH" ? { ...u, name: "Ủy ban nhân dân huyện Giao Thủy" } : u,
    );
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 3"] });
      addMasterGroups(wb, {
        sheetName: "Kết quả",
        units: wrong,
        unitLabel: (u) => u.name.replace("Ủy ban nhân dân", "UBND"),
        tree,
        scores: { self: {}, agreed: s18.points },
        title: ["KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 3 các huyện tỉnh Nam Định"],
      });
    });
    const row = 6 + wrong.findIndex((u) => u.code === "TNINH");
    return {
      files: [{ path: "cum.xlsx", book }],
      errors: [
        {
          file: "cum.xlsx",
          sheet: "Kết quả",
          row,
          why: "`UBND huyện Giao Thủy` is not a unit of the cluster, and Trực Ninh (TNINH) has no row",
        },
      ],
    };
  },
};

export const set35: CorpusSet = {
  ...s20.set20,
  id: "35-hai-sheet-cung-nam",
  title:
    "`SKHDT.xlsx` holds `SKHDT` and `SKHDT_final`, both titled NĂM 2024, with different points (a draft and the sent copy, no telling which)",
  layout: ["unit-files", "two-candidate-sheets-same-year"],
  build() {
    const wb = newBook();
    const draft = selfPoints(s20.set20.tree, { SKHDT: "I.1 9.5, I.3 9, II.4 4, IV.4 3.5, V.1 2" });
    s20.addForm(wb, "SKHDT", "SKHDT", 2024, { scores: { self: draft } });
    s20.addForm(wb, "SKHDT", "SKHDT_final", 2024);
    return {
      files: replace(s20.set20.build(), { path: "don-vi/SKHDT.xlsx", book: wb }),
      errors: [
        {
          file: "don-vi/SKHDT.xlsx",
          why: "sheets `SKHDT` and `SKHDT_final` both hold Sở Kế hoạch và Đầu tư's 2024 scores and they differ: the candidates must be listed, not one of them read",
        },
      ],
    };
  },
};
