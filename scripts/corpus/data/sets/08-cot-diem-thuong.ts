/**
 * Set 08: a per-criterion bonus column `Điểm thưởng` beside `Tự chấm` (the bloc's rule: up to 1 point
 * for each criterion done beyond its target), no bonus section, a deduction section. Unit files named
 * `<code> - Bang tu cham 2024.xlsx`.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { rowBonusPoints, selfPoints } from "../../lib/points.js";
import { TRUONG_DONG_NAI as bloc } from "../blocs.js";
import { NGAN as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, NOTE, TT, upper } from "../presets.js";

export const self = selfPoints(tree, {
  CDCNC: "I.1 24, I.2 19, II.2 9, III.1 9.5",
  CDYT: "I.1 23.5, I.3 14, II.1 9.5, IV.1 0.5",
  CDKT: "I.2 18.5, I.3 14.5, III.2 9",
  CDMT: "I.1 23, I.2 18, II.2 9.5, III.2 9.5, IV.1 1",
  TCVH: "I.1 23.5, I.2 19, I.3 13.5, II.1 9",
});

export const rowBonus = rowBonusPoints(tree, {
  CDCNC: "I.1 1, I.3 0.5",
  CDYT: "I.2 1",
  CDKT: "I.1 1, III.1 1",
  CDMT: "I.3 0.5",
  TCVH: "",
});

export const set08: CorpusSet = {
  id: "08-cot-diem-thuong",
  title: "per-criterion bonus column `Điểm thưởng` beside `Tự chấm`, deduction section, no bonus section",
  layout: ["published-criteria", "unit-files", "per-criterion-bonus-column", "bonus-deduction-sections"],
  bloc,
  tree,
  scores: { self, rowBonus },
  build() {
    const files: OutFile[] = [
      {
        path: "khoi.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, {
            title: [
              "TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024",
              "(Mỗi tiêu chí hoàn thành vượt mức được cộng tối đa 1 điểm, ghi vào cột Điểm thưởng của bảng tự chấm)",
            ],
          }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      addUnitForm(wb, {
        sheetName: "Sheet1",
        unit: u,
        tree,
        scores: { self, rowBonus },
        columns: [
          TT,
          CONTENT,
          MAX,
          { role: "self", header: "Tự chấm" },
          { role: "bonus", header: "Điểm thưởng" },
          NOTE,
        ],
        banner: { left: ["UBND TỈNH ĐỒNG NAI", upper(u.name)], motto: "state" },
        dateLine: dateLine("Đồng Nai", 11, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        subtitle: ["Khối thi đua các trường cao đẳng, trung cấp tỉnh"],
        numberRow: "parens",
        remarks: Object.fromEntries(
          Object.keys(rowBonus[u.code] ?? {}).map((k) => [k, "Vượt chỉ tiêu, có minh chứng"]),
        ),
      });
      files.push({ path: `don-vi/${u.code} - Bang tu cham 2024.xlsx`, book: wb });
    }
    return { files };
  },
};
