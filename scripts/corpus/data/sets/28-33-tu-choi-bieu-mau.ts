/**
 * Sets 28–33: slips a careful reader must refuse, each named at its cell. They start from sets 01,
 * 02, 04, 05, 12 and 15 and change the one thing a secretary really gets wrong.
 */
import type { Built, CorpusSet, OutFile } from "../../lib/model.js";
import { newBook } from "../../lib/book.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import { addUnitForm } from "../../lib/unit-form.js";
import { selfPoints } from "../../lib/points.js";
import { blocBook, dateLine, selfColumns } from "../presets.js";
import * as s01 from "./01-noi-chinh-bieu-mau.js";
import * as s02 from "./02-tham-dinh-doi-co.js";
import * as s04 from "./04-ten-file-tieng-viet.js";
import * as s05 from "./05-sheet-nam-truoc.js";
import * as s12 from "./12-dong-trong-cong-phan.js";
import * as s15 from "./15-khoi-cham-mot-phan.js";

/** The set's files with one of them replaced. */
function replace(built: Built, file: OutFile): OutFile[] {
  if (!built.files.some((f) => f.path === file.path)) throw new Error(`no file ${file.path} to replace`);
  return built.files.map((f) => (f.path === file.path ? file : f));
}

export const set28: CorpusSet = {
  ...s02.set02,
  id: "28-tieu-chi-tong-nhom-sai",
  title: "published `Tiêu chí` whose group II prints 25 points while its rows add up to 20",
  layout: ["published-criteria", "group-points-disagree"],
  build() {
    let cell = "";
    const khoi = blocBook(s02.set02.bloc, (wb) => {
      const sheet = addPublishedCriteria(wb, s02.set02.tree, { ...s02.PUBLISHED, groupPoints: { II: 25 } });
      cell = `C${sheet.rowOf.get("II")}`;
    });
    return {
      files: replace(s02.set02.build(), { path: "khoi.xlsx", book: khoi }),
      errors: [
        {
          file: "khoi.xlsx",
          sheet: "Tiêu chí",
          cell,
          why: "group II prints 25 points but its rows II.1–II.4 add up to 20 (6 + 5 + 5 + 4): the table or the group's points are mistyped",
        },
      ],
    };
  },
};

export const set29: CorpusSet = {
  ...s01.set01,
  id: "29-bieu-mau-thang-diem-cu",
  title:
    "one unit filled last year's form: its printed maxima (I.1: 25, I.4: 5) differ from the bloc's `Tiêu chí` (20, 10)",
  layout: ["unit-files", "maxima-differ-from-criteria"],
  build() {
    const form = s01.formFile("TAND", {
      maxima: { "I.1": 25, "I.4": 5 },
      override: { self: { "I.4": 4.5 } },
    });
    const at = (key: string): string => `C${form.sheet.rowOf.get(key)}`;
    return {
      files: replace(s01.set01.build(), form),
      errors: [
        {
          file: form.path,
          sheet: "Sheet1",
          cell: at("I.1"),
          why: "the form prints 25 as the maximum of I.1 where the bloc's Tiêu chí says 20 (last year's table)",
        },
        {
          file: form.path,
          sheet: "Sheet1",
          cell: at("I.4"),
          why: "the form prints 5 as the maximum of I.4 where the bloc's Tiêu chí says 10",
        },
      ],
    };
  },
};

export const set30: CorpusSet = {
  ...s05.set05,
  id: "30-hai-sheet-khong-ro-nam",
  title: "`SNV.xlsx` holds `SNV` and `SNV (2)` with different points and nothing saying which year each is",
  layout: ["unit-files", "two-candidate-sheets"],
  build() {
    const snv = newBook();
    const undated = { title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA", dateLine: undefined, subtitle: [] };
    s05.addForm(snv, "SNV", "SNV", 2023, undated);
    s05.addForm(snv, "SNV", "SNV (2)", 2024, undated);
    return {
      files: replace(s05.set05.build(), { path: "don-vi/SNV.xlsx", book: snv }),
      errors: [
        {
          file: "don-vi/SNV.xlsx",
          why: "sheets `SNV` and `SNV (2)` both hold Sở Nội vụ's scores (99 and 96 standard points) and neither title nor date gives a year: the candidates must be listed, not one of them read",
        },
      ],
    };
  },
};

export const set31: CorpusSet = {
  ...s15.set15,
  id: "31-cot-diem-phuc-tra",
  title: "a unit's form carries an unknown numeric column `Điểm phúc tra` beside the scores",
  layout: ["unit-files", "unknown-numeric-column"],
  build() {
    const recheck = { ...(s15.self.SXD ?? {}), "I.1": 8.5, "III.1": 5 };
    const columns = [...s15.COLUMNS];
    columns.splice(5, 0, { role: "extra", header: "Điểm phúc tra", values: recheck });
    const form = s15.formFile("SXD", { columns });
    return {
      files: replace(s15.set15.build(), form),
      errors: [
        {
          file: form.path,
          sheet: "Sheet1",
          cell: `${form.sheet.colOf.get("extra")}${form.sheet.headerRow}`,
          why: "column `Điểm phúc tra` holds points beside `Điểm đơn vị tự chấm` and `Điểm khối chấm` (8,5 and 5 where they say 9 and 4,5): the tool cannot know whether they count",
        },
      ],
    };
  },
};

export const set32: CorpusSet = {
  ...s04.set04,
  id: "32-file-ngoai-khoi",
  title: "a form of a unit that is not a member of the bloc (`Sở Tư pháp`) is passed with the others",
  layout: ["unit-files", "file-matches-no-unit"],
  build() {
    const tree = s04.set04.tree;
    const wb = newBook();
    addUnitForm(wb, {
      sheetName: "Sheet1",
      unit: { code: "STP", name: "Sở Tư pháp" },
      tree,
      scores: { self: selfPoints(tree, { STP: "I.1 9, II.2 4.5, IV.1 5.5" }) },
      columns: selfColumns(),
      banner: { left: ["UBND TỈNH QUẢNG NINH", "SỞ TƯ PHÁP"], motto: "state" },
      dateLine: dateLine("Quảng Ninh", 9, 12, 2024),
      title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024",
      above: ["Đơn vị: Sở Tư pháp"],
    });
    const path = "don-vi/Bang tu cham diem 2024 - So Tu phap.xlsx";
    return {
      files: [...s04.set04.build().files, { path, book: wb }],
      errors: [
        { file: path, why: "the form is Sở Tư pháp's, which is not a unit of the bloc's `Đơn vị` sheet" },
      ],
    };
  },
};

export const set33: CorpusSet = {
  ...s12.set12,
  id: "33-file-sao-chep-nham",
  title:
    "SXD filled a copy of SCT's form: the file name says Sở Xây dựng, the banner and `Đơn vị:` line say Sở Công Thương",
  layout: ["unit-files", "file-matches-two-units"],
  build() {
    const copy = s12.formFile("SXD", {}, "SCT");
    return {
      files: replace(s12.set12.build(), copy),
      errors: [
        {
          file: copy.path,
          sheet: "Sheet1",
          cell: `A${copy.sheet.aboveRows[0]}`,
          why: "the file name names Sở Xây dựng but the form's `Đơn vị:` line and banner name Sở Công Thương, whose own form is also given: whose points these are is ambiguous",
        },
      ],
    };
  },
};
