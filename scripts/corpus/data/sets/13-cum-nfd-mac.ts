/**
 * Set 13: a cluster (`Cụm`, `Cụm trưởng`) whose forms were typed on a Mac: every text, the sheet
 * names and the file names are NFD. The bloc's column is `Điểm Cụm chấm`. The rotation follows a
 * `Thứ tự luân phiên` column and skips a unit marked `Không luân phiên`.
 */
import type { CorpusSet, OutFile } from "../../lib/model.js";
import { newBook, toNfd } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { agreedPoints, selfPoints } from "../../lib/points.js";
import { MIEN_TAY_NGHE_AN as bloc } from "../blocs.js";
import { GON as tree } from "../trees.js";
import { blocBook, CONTENT, dateLine, MAX, nfd, NOTE, TT } from "../presets.js";

export const self = selfPoints(tree, {
  CCUONG: "I.1 19, I.3 14, II.2 6.5, III.1 9.5, IV.1 1.5",
  TDUONG: "I.1 18.5, I.2 14.5, II.1 7.5, III.3 6.5, IV.2 1",
  KSON: "I.1 18, I.3 14, I.4 9.5, II.2 6, III.2 7.5, V.2 0.5",
  ASON: "I.2 14, I.3 14.5, II.1 7, III.1 9, IV.1 2",
  TCHUONG: "I.1 18.5, I.2 14, I.4 9, II.2 6.5, III.3 6.5, V.1 1",
});

export const agreed = agreedPoints(
  tree,
  self,
  { CCUONG: "I.3 13.5", TDUONG: "III.3 6", ASON: "IV.1 0.5", TCHUONG: "I.4 8.5" },
  "full",
);

export const set13: CorpusSet = {
  id: "13-cum-nfd-mac",
  title:
    "cluster forms typed on a Mac: NFD texts, sheet and file names; `Điểm Cụm chấm`; rotation order with a skipped unit",
  layout: [
    "published-criteria",
    "unit-files",
    "nfd-text",
    "file-names-vietnamese-nfd",
    "cum-keys",
    "rotation-order",
    "agreed-column",
  ],
  bloc,
  tree,
  scores: { self, agreed },
  build() {
    const files: OutFile[] = [
      {
        path: "cum.xlsx",
        book: blocBook(bloc, (wb) =>
          addPublishedCriteria(wb, tree, { title: ["TIÊU CHÍ THI ĐUA NĂM 2024 - CỤM THI ĐUA SỐ 3"] }),
        ),
      },
    ];
    for (const u of bloc.units) {
      const wb = newBook();
      const district = u.name.replace("Ủy ban nhân dân ", "");
      addUnitForm(wb, {
        sheetName: "Tự chấm",
        unit: u,
        tree,
        scores: { self, agreed },
        columns: [
          TT,
          CONTENT,
          MAX,
          { role: "self", header: "Điểm tự chấm" },
          { role: "agreed", header: "Điểm Cụm chấm" },
          NOTE,
        ],
        banner: {
          left: [`UBND ${district.toLocaleUpperCase("vi")}`, "VĂN PHÒNG HĐND VÀ UBND"],
          motto: "state",
        },
        dateLine: dateLine(district.replace("huyện ", ""), 9, 12, 2024),
        title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        subtitle: ["Cụm thi đua số 3 các huyện miền Tây"],
        above: [`Đơn vị: ${u.name}`],
        numberRow: "parens",
      });
      toNfd(wb);
      files.push({ path: nfd(`don-vi/Bảng tự chấm 2024 - UBND ${district}.xlsx`), book: wb });
    }
    return { files };
  },
};
