/**
 * Sets 34–38: more slips to refuse at their cell: a score above its maximum, last year's form sent
 * again, an average of checkers stored with more than two decimals, a unit's form missing, a
 * `#REF!` where the bloc's points should be.
 */
import type { Built, CorpusSet, OutFile } from "../../lib/model.js";
import { formula } from "../../lib/book.js";
import { blocBook } from "../presets.js";
import { addPublishedCriteria } from "../../lib/published-criteria.js";
import * as s03 from "./03-sheet-ten-viet-tat.js";
import * as s09 from "./09-dang-tieu-de-thap.js";
import * as s10 from "./10-thang-diem-1000.js";
import * as s11 from "./11-trung-binh-ba-thanh-vien.js";
import * as s17 from "./17-dong-diem-co.js";

function replace(built: Built, file: OutFile): OutFile[] {
  if (!built.files.some((f) => f.path === file.path)) throw new Error(`no file ${file.path} to replace`);
  return built.files.map((f) => (f.path === file.path ? file : f));
}

export const set34: CorpusSet = {
  ...s03.set03,
  id: "34-vuot-diem-toi-da",
  title: "the sheet `Sở TC` scores 21 on a criterion worth 20",
  layout: ["sheets-in-bloc-workbook", "score-above-max"],
  build() {
    let cell = "";
    const { bloc, tree } = s03.set03;
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2023", "(Khối thi đua các sở, ngành tổng hợp)"],
        headers: { max: "Điểm tối đa" },
      });
      s03.addGuide(wb);
      for (const u of bloc.units) {
        const sheet = s03.addForm(wb, u.code, u.code === "STC" ? { override: { self: { "I.1": 21 } } } : {});
        if (u.code === "STC") cell = `D${sheet.rowOf.get("I.1")}`;
      }
    });
    return {
      files: [{ path: "khoi.xlsx", book }],
      errors: [{ file: "khoi.xlsx", sheet: "Sở TC", cell, why: "21 points on I.1, whose maximum is 20" }],
    };
  },
};

export const set35: CorpusSet = {
  ...s09.set09,
  id: "35-tieu-de-sai-nam",
  title:
    "one unit sent last year's form again: its only sheet's title says NĂM 2023, the bloc's year is 2024",
  layout: ["unit-files", "title-year-differs"],
  build() {
    const old = s09.formFile("BAO", {}, 2023);
    return {
      files: replace(s09.set09.build(), old),
      errors: [
        {
          file: old.path,
          sheet: "Biểu 01",
          cell: `A${old.sheet.titleRow}`,
          why: "the form's title says NĂM 2023 but the bloc's `Năm` is 2024: last year's form was sent",
        },
      ],
    };
  },
};

export const set36: CorpusSet = {
  ...s11.set11,
  id: "36-trung-binh-qua-hai-so-le",
  title:
    "an `=AVERAGE` of three checkers stores 9,3333… (shown 9,33): more than two decimals in the bloc's points",
  layout: ["sheets-in-bloc-workbook", "checkers-average", "average-more-than-two-decimals"],
  build() {
    let cell = "";
    const { bloc, tree } = s11.set11;
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, {
        title: ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Cụm thi đua số 1"],
      });
      for (const u of bloc.units) {
        const slip = u.code === "LNAM";
        const sheet = s11.addForm(wb, u.code, slip ? { checkers: { "I.1": [9, 9.5, 9.5] } } : {});
        if (slip) cell = `H${sheet.rowOf.get("I.1")}`;
      }
    });
    return {
      files: [{ path: "cum.xlsx", book }],
      errors: [
        {
          file: "cum.xlsx",
          sheet: "Lục Nam",
          cell,
          why: "the average of 9; 9,5; 9,5 is 9,3333… (the cell shows 9,33): points must be exact to 0,01, so the bloc must settle the value (type 9,33 or round the formula) rather than the tool rounding in silence",
        },
      ],
    };
  },
};

export const set37: CorpusSet = {
  ...s17.set17,
  id: "37-thieu-bieu-mau",
  title: "one member's form is missing from the files passed (Cục Thống kê)",
  layout: ["unit-files", "unit-without-scores"],
  build() {
    const built = s17.set17.build();
    const row = 2 + s17.set17.bloc.units.findIndex((u) => u.code === "CTK");
    return {
      files: built.files.filter((f) => !f.path.includes("Cuc Thong ke")),
      errors: [
        {
          file: "khoi.xlsx",
          sheet: "Đơn vị",
          row,
          why: "no form or scores for CTK (Cục Thống kê thành phố Cần Thơ) among the files given",
        },
      ],
    };
  },
};

export const set38: CorpusSet = {
  ...s10.set10,
  id: "38-o-loi-ref",
  title: "a `#REF!` left where the bloc's agreed points of a criterion should be",
  layout: ["sheets-in-bloc-workbook", "formula-error-in-score"],
  build() {
    let cell = "";
    const { bloc, tree } = s10.set10;
    const book = blocBook(bloc, (wb) => {
      addPublishedCriteria(wb, tree, s10.PUBLISHED);
      for (const u of bloc.units) {
        const slip = u.code === "MT";
        const sheet = s10.addForm(
          wb,
          u.code,
          slip ? { override: { agreed: { "I.2": formula("#REF!") } } } : {},
        );
        if (slip) cell = `E${sheet.rowOf.get("I.2")}`;
      }
    });
    return {
      files: [{ path: "khoi.xlsx", book }],
      errors: [
        {
          file: "khoi.xlsx",
          sheet: "MT",
          cell,
          why: "the bloc's agreed points of I.2 are a formula whose result is #REF! (a deleted reference)",
        },
      ],
    };
  },
};
