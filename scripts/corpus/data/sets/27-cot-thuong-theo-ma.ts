/**
 * Set 27: per-unit workbooks in the contract's columns with one more: `Điểm thưởng` beside `Tự chấm`,
 * each row's bonus (the bloc's rule gives up to 1 point per criterion done beyond its target).
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { rowBonusPoints, selfPoints } from "../../lib/points.js";
import { TRUONG_DA_NANG as bloc } from "../blocs.js";
import { NGAN as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CDN: "I.1 24, I.2 19.5, II.2 9.5, III.1 9.5",
  CDTM: "I.1 23.5, I.3 14.5, II.1 9.5, IV.1 0.5",
  CDKTKH: "I.2 19, I.3 14, III.2 9.5",
  CDDL: "I.1 24, I.2 18.5, II.2 9, IV.1 1",
  CDYT: "I.1 23, I.2 19, I.3 14.5, III.1 9",
});

export const rowBonus = rowBonusPoints(tree, {
  CDN: "I.1 0.5, I.3 1",
  CDTM: "I.2 1, III.2 0.5",
  CDKTKH: "II.1 0.5",
  CDDL: "I.3 1",
});

export const set27: CorpusSet = {
  id: "27-cot-thuong-theo-ma",
  title: "contract per-unit workbooks with a per-criterion `Điểm thưởng` column beside `Tự chấm`",
  layout: ["contract-criteria", "unit-files", "file-named-by-code", "per-criterion-bonus-column"],
  bloc,
  tree,
  scores: { self, rowBonus },
  build() {
    const files: OutFile[] = [
      { path: "khoi.xlsx", book: blocBook(bloc, (wb) => addContractCriteria(wb, tree)) },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      addUnitForm(wb, {
        sheetName: u.code,
        unit: u,
        tree,
        scores: { self, rowBonus },
        columns: [
          { role: "tt", header: "Mã tiêu chí" },
          { role: "content", header: "Nội dung" },
          { role: "max", header: "Điểm tối đa" },
          { role: "self", header: "Tự chấm" },
          { role: "bonus", header: "Điểm thưởng" },
          NOTE,
        ],
        banner: { left: ["UBND THÀNH PHỐ ĐÀ NẴNG", upper(u.name)], motto: "state" },
        dateLine: dateLine("Đà Nẵng", 10, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        groupRows: false,
        printKeys: true,
        total: "Tổng cộng",
        signature: false,
      });
      files.push({ path: `don-vi/${u.code}.xlsx`, book: wb });
    }
    return { files };
  },
};
