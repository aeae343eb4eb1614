/**
 * Set 16: ratings and discipline decide the proposals. The first-ranked unit is under inspection
 * (`Kỷ luật` filled): no award, and the flag goes to the second; a unit rated `Hoàn thành nhiệm vụ`
 * gets no certificate; units rated `Hoàn thành tốt nhiệm vụ` keep theirs. Forms are sheets named by
 * the unit's full name or its usual abbreviation, with decimal codes, `STT` and `Điểm tối đa`.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { VHXH_GIA_LAI as bloc } from "../blocs.js";
import { MA_SO as tree } from "../trees.js";
import { blocBook, dateLine, selfColumns, STT, upper } from "../presets.js";

export const self = selfPoints(tree, {
  SGDDT: "1.1 19.5, 1.2 14.5, 2.1 9.5, 3.2 9.5, 3.3 7.5, 4.1 1",
  SYT: "1.1 19, 1.3 9.5, 2.2 7.5, 3.1 11.5, 4.2 0.5",
  SLDTBXH: "1.1 19.5, 1.2 14.5, 2.3 6.5, 3.3 7.5, 4.1 1",
  SVHTTDL: "1.1 18.5, 1.2 14, 2.1 9, 3.1 11, 5.2 0.5",
  STTTT: "1.1 19, 1.2 14, 1.3 9, 2.2 7, 3.2 9.5, 4.2 1",
  BDT: "1.1 18, 1.3 9, 2.1 9, 2.3 6, 3.1 11, 5.1 1",
  PTTH: "1.1 19, 1.2 14.5, 2.2 7, 3.3 7, 4.1 1",
  BHXH: "1.1 18.5, 1.2 13.5, 1.3 9.5, 2.1 9.5, 3.1 11, 5.2 1",
});

/** Sheet tabs hold 31 characters: long names are abbreviated the usual way. */
export const SHEETS: Record<string, string> = {
  SGDDT: "Sở Giáo dục và Đào tạo",
  SYT: "Sở Y tế",
  SLDTBXH: "Sở LĐ-TB&XH",
  SVHTTDL: "Sở VH-TT&DL",
  STTTT: "Sở Thông tin và Truyền thông",
  BDT: "Ban Dân tộc tỉnh",
  PTTH: "Đài PT-TH tỉnh",
  BHXH: "Bảo hiểm xã hội tỉnh",
};

export const set16: CorpusSet = {
  id: "16-xep-loai-ky-luat",
  title:
    "rank 1 under inspection (`Kỷ luật`): flag to rank 2; a `Hoàn thành nhiệm vụ` unit gets no certificate",
  layout: [
    "published-criteria",
    "sheets-in-bloc-workbook",
    "sheet-names-full-or-abbreviated",
    "decimal-codes",
    "ratings-discipline",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["BẢNG TIÊU CHÍ THI ĐUA NĂM 2024", "Khối thi đua các cơ quan văn hóa - xã hội tỉnh Gia Lai"],
        headers: { tt: "STT", max: "Điểm tối đa" },
      });
      for (const u of bloc.units) {
        addUnitForm(wb, {
          sheetName: SHEETS[u.code] ?? u.code,
          unit: u,
          tree,
          scores: { self },
          columns: selfColumns("Điểm tự chấm", { role: "max", header: "Điểm tối đa" }, STT),
          banner: { left: ["UBND TỈNH GIA LAI", upper(u.name)], motto: "state" },
          dateLine: dateLine("Gia Lai", 2, 12, 2024),
          title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
          above: [`Đơn vị: ${u.name}`],
        });
      }
    });
    return { files: [{ path: "khoi.xlsx", book }] };
  },
};
