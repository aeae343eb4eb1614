/**
 * Set 20: no `Tiêu chí` sheet at all: the chair's master table (units as columns, brand names over a
 * codes row) is the scoring table, with its `Điểm chuẩn` column, group rows and the bonus and
 * deduction sections as rows.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { selfPoints } from "../../lib/points.js";
import { NGAN_HANG_KIEN_GIANG as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook } from "../presets.js";

export const points = selfPoints(tree, {
  AGR: "I.1 19.5, I.3 14.5, II.2 6.5, III.2 7.5, IV.1 1",
  VCB: "I.1 19, I.2 14.5, II.1 7.5, III.1 9.5, IV.2 1",
  CTG: "I.1 18.5, I.3 14, I.4 9.5, III.3 6.5, V.2 0.5",
  BIDV: "I.2 14, I.3 14.5, II.2 6, III.2 7, IV.1 1.5",
  NHCSXH: "I.1 19, I.4 9, II.1 7.5, III.1 9, IV.2 0.5",
});

const BRAND: Record<string, string> = {
  AGR: "Agribank Kiên Giang",
  VCB: "Vietcombank Kiên Giang",
  CTG: "VietinBank Kiên Giang",
  BIDV: "BIDV Kiên Giang",
  NHCSXH: "NHCSXH tỉnh",
};

export const set20: CorpusSet = {
  id: "20-bang-tong-hop-khong-tieu-chi",
  title:
    "no `Tiêu chí` sheet: the master table (units as columns over a codes row) carries the maxima and sections",
  layout: ["master-units-as-columns", "codes-row", "criteria-from-master-table", "rank-row"],
  bloc,
  tree,
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addMasterColumns(wb, {
        sheetName: "Chấm điểm",
        units: bloc.units,
        unitHeader: (u) => BRAND[u.code] ?? u.name,
        codesRow: true,
        tree,
        scores: { self: {}, agreed: points },
        title: [
          "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
          "Khối thi đua các ngân hàng trên địa bàn tỉnh Kiên Giang",
        ],
        headers: { content: "Nội dung chấm điểm", max: "Điểm chuẩn" },
        notes: true,
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
