/**
 * Set 24: per-code sheets in the contract's columns, but laid out as the cluster always did: the
 * standard criteria, a `Cộng phần I` row, a blank bordered row, then the bonus and deduction rows and
 * a `Tổng điểm` row. The rows after the subtotal and the blank row count.
 */
import type { CorpusSet } from "../../lib/model.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { PHIA_NAM_HA_TINH as bloc } from "../blocs.js";
import { MA_SO as tree } from "../trees.js";
import { blocBook, dateLine, NOTE, upper } from "../presets.js";

export const self = selfPoints(tree, {
  KANH: "1.1 19, 1.3 9.5, 2.2 7.5, 3.1 11.5, 4.1 2, 5.2 0.5",
  TXKA: "1.1 19.5, 1.2 14, 2.1 9.5, 3.3 7.5, 4.2 1",
  CXUYEN: "1.1 18.5, 1.3 9, 2.3 6.5, 3.2 9, 4.1 1",
  HKHE: "1.2 14, 1.3 9.5, 2.1 9, 3.1 11, 5.1 1",
  VQUANG: "1.1 18, 1.2 14, 2.2 7, 3.3 7, 4.2 1",
});

export const set24: CorpusSet = {
  id: "24-cong-phan-dong-trong-theo-ma",
  title: "per-code sheets with a `Cộng phần I` row and a blank row before the bonus and deduction rows",
  layout: [
    "contract-criteria",
    "sheets-in-bloc-workbook",
    "sheet-named-by-code",
    "part-subtotal",
    "blank-spacer-row",
    "cum-keys",
  ],
  bloc,
  tree,
  scores: { self },
  build() {
    const book = blocBook(bloc, (wb) => {
      addContractCriteria(wb, tree);
      for (const u of bloc.units) {
        addUnitForm(wb, {
          sheetName: u.code,
          unit: u,
          tree,
          scores: { self },
          columns: [
            { role: "tt", header: "Mã tiêu chí" },
            { role: "content", header: "Nội dung" },
            { role: "max", header: "Điểm tối đa" },
            { role: "self", header: "Tự chấm" },
            NOTE,
          ],
          banner: { left: ["UBND TỈNH HÀ TĨNH", upper(u.name)], motto: "state" },
          dateLine: dateLine("Hà Tĩnh", 11, 12, 2024),
          title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
          groupRows: false,
          printKeys: true,
          partTotal: "Cộng phần I",
          spacerBeforeBonus: true,
          total: "Tổng điểm",
          signature: false,
        });
      }
    });
    return { files: [{ path: "cum.xlsx", book }] };
  },
};
