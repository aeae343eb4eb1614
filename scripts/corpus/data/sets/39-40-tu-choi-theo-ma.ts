/**
 * Sets 39–40: the two slips of sets 30 and 31 in files that follow the contract's columns, where a
 * reader that picks the first sheet or skips an unknown column answers with exit 0.
 */
import type { Built, CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addContractCriteria } from "../../lib/contract-criteria.js";
import { blocBook } from "../presets.js";
import * as s22 from "./22-tham-dinh-sheet-theo-ma.js";
import * as s25 from "./25-snv-2-theo-ma.js";

function replace(built: Built, file: OutFile): OutFile[] {
  if (!built.files.some((f) => f.path === file.path)) throw new Error(`no file ${file.path} to replace`);
  return built.files.map((f) => (f.path === file.path ? file : f));
}

export const set39: CorpusSet = {
  ...s25.set25,
  id: "39-snv-2-khong-ro-nam-theo-ma",
  title:
    "contract per-unit workbooks; `SNV.xlsx` holds `SNV` and `SNV (2)` with different points and no year anywhere",
  layout: ["contract-criteria", "unit-files", "two-candidate-sheets"],
  build() {
    const snv = newBook();
    const undated = { title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA", dateLine: undefined };
    s25.addSheet(snv, "SNV", "SNV", 2023, undated);
    s25.addSheet(snv, "SNV", "SNV (2)", 2024, undated);
    return {
      files: replace(s25.set25.build(), { path: "don-vi/SNV.xlsx", book: snv }),
      errors: [
        {
          file: "don-vi/SNV.xlsx",
          why: "sheets `SNV` and `SNV (2)` both hold Sở Nội vụ's scores (99,5 and 96,5 standard points) and nothing says which is 2024: the candidates must be listed",
        },
      ],
    };
  },
};

export const set40: CorpusSet = {
  ...s22.set22,
  id: "40-phuc-tra-sheet-theo-ma",
  title: "contract per-code sheets; one sheet adds a numeric `Điểm phúc tra` column beside the scores",
  layout: ["contract-criteria", "sheets-in-bloc-workbook", "unknown-numeric-column"],
  build() {
    let cell = "";
    const { bloc, tree } = s22.set22;
    const book = blocBook(bloc, (wb) => {
      addContractCriteria(wb, tree);
      for (const u of bloc.units) {
        if (u.code !== "SLDTBXH") {
          s22.addSheet(wb, u.code);
          continue;
        }
        const recheck = { ...(s22.agreed.SLDTBXH ?? {}), "I.2": 9, "IV.1": 5 };
        const columns = [...s22.COLUMNS];
        columns.splice(5, 0, { role: "extra", header: "Điểm phúc tra", values: recheck });
        const sheet = s22.addSheet(wb, u.code, { columns });
        cell = `${sheet.colOf.get("extra")}${sheet.headerRow}`;
      }
    });
    return {
      files: replace(s22.set22.build(), { path: "khoi.xlsx", book }),
      errors: [
        {
          file: "khoi.xlsx",
          sheet: "SLDTBXH",
          cell,
          why: "column `Điểm phúc tra` holds points beside `Tự chấm` and `Điểm Khối thẩm định` (9 and 5 where they say 9,5 and 5,5): the tool cannot know whether they count",
        },
      ],
    };
  },
};
