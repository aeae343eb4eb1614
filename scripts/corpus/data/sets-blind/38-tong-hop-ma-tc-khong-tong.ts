/**
 * Blind set 38: set 05's master table (units as columns headed by codes, criteria `TC1`…`TC13`
 * running through groups `I`–`III` whose rows carry their SUM) without any total row, in the table or
 * in `Tiêu chí`, and with `0` typed where a unit earned no bonus or deduction: nothing checks the
 * group rows against their criteria.
 */
import type { CorpusSet, Points } from "../../lib/model.js";
import { addMasterColumns } from "../../lib/master-columns.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { leafRows } from "../../lib/tree.js";
import { blocBook } from "../presets.js";
import * as s05 from "./05-tong-hop-cot-ma-tc.js";

const { bloc, tree } = s05.set05;

/** The chair's points with `0` in every bonus and deduction row a unit did not earn. */
export const points: Points = Object.fromEntries(
  Object.entries(s05.points).map(([code, p]) => [
    code,
    Object.fromEntries(leafRows(tree).map((l) => [l.key, p[l.key] ?? 0])),
  ]),
);

export const set38: CorpusSet = {
  ...s05.set05,
  id: "38-tong-hop-ma-tc-khong-tong",
  title:
    "master table, units as columns by code, criteria `TC1`…`TC13` under groups `I`–`III` carrying their SUM, no total row anywhere, `0` typed for no bonus",
  layout: [
    "published-criteria",
    "master-units-as-columns",
    "code-only-headers",
    "running-tc-codes",
    "no-total-row",
  ],
  scores: { self: {}, agreed: points },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, { ...s05.PUBLISHED, noTotal: true });
      addMasterColumns(wb, {
        sheetName: "TH 2024",
        units: bloc.units,
        unitHeader: (u) => u.code,
        tree,
        scores: { self: {}, agreed: points },
        title: ["TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Khối thi đua các cơ quan nội chính tỉnh"],
        headers: { tt: "Mã số", content: "Nội dung", max: "Thang điểm" },
        totalLabel: false,
      });
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
