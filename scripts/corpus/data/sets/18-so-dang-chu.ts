/**
 * Set 18: a cluster whose secretaries typed every number as text (`19,5`, `7`, `0,5`, a few
 * `9,5 điểm`): the sheets' own SUM rows add text cells as 0 and print wrong subtotals and totals,
 * which a careful reader warns about but does not count; the points themselves are right.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { typing } from "../../lib/typing.js";
import { DONG_BANG_QUANG_NGAI as bloc } from "../blocs.js";
import { HUYEN as tree } from "../trees.js";
import { ascii, blocBook, dateLine, selfColumns, upper } from "../presets.js";

export const self = selfPoints(tree, {
  BSON: "I.1 9.5, I.2 9, II.1 6.5, III.2 6.5, IV.1 7.5, VI.1 2",
  STINH: "I.1 9, I.3 9.5, II.3 5.5, III.1 7.5, V.2 4.5, VI.2 1",
  TNGHIA: "I.2 8.5, I.3 9, II.2 5, IV.2 6.5, VII.2 0.5",
  NHANH: "I.1 8.5, I.4 4, II.4 5.5, III.2 6, V.1 4.5, VI.1 1",
  MDUC: "I.1 9, I.2 9, I.3 9, II.1 6, IV.1 7, VII.1 1",
});

export const set18: CorpusSet = {
  id: "18-so-dang-chu",
  title:
    "every number typed as text (`19,5`, `9,5 điểm`): the sheets' SUM rows print 0, the points are still right",
  layout: [
    "published-criteria",
    "unit-files",
    "numbers-as-text",
    "points-with-unit-suffix",
    "subtotals-disagree",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const files: OutFile[] = [
      {
        path: "cum.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024"] }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      addUnitForm(wb, {
        sheetName: "Sheet1",
        unit: u,
        tree,
        scores: { self },
        columns: selfColumns(),
        banner: { left: ["UBND TỈNH QUẢNG NGÃI", upper(u.name)], motto: "state" },
        dateLine: dateLine("Quảng Ngãi", 7, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        subtitle: ["Cụm thi đua các huyện đồng bằng"],
        above: [`Đơn vị: ${u.name}`],
        typing: typing({ text: "all", withUnit: ["BSON:I.1", "NHANH:I.1", "STINH:V.2", "MDUC:II.1"] }),
      });
      files.push({
        path: `don-vi/${ascii(u.name.replace("Ủy ban nhân dân huyện ", "UBND "))} - tu cham 2024.xlsx`,
        book: wb,
      });
    }
    return { files };
  },
};
