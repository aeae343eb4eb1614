/**
 * Blind sets 27–31: slips in units' forms. Four a careful reader must refuse, naming the place: a
 * score typed on the explanation line under its criterion, a score Excel turned into a date, a
 * deduction beyond its row's maximum, a criterion row a unit added to its copy of the table. One it
 * reads as it is: two files saved under each other's names, each form's banner naming its own unit.
 * Each starts from a blind set that is read right as it is.
 */
import type { CorpusSet, Group } from "../../lib/model.js";
import { isGroup } from "../../lib/model.js";
import { replace } from "./common.js";
import * as s10 from "./10-hai-muoi-lam-tieu-chi.js";
import * as s13 from "./13-ky-anh-hai-don-vi.js";
import * as s22 from "./22-tieu-chi-doc-lap.js";

export const set27: CorpusSet = {
  ...s10.set10,
  id: "27-diem-go-nham-dong",
  title:
    "Sở Tài chính typed its 2.1. score on the `+ Xếp thứ 1 đến thứ 5` line under the criterion, leaving the criterion's own row empty",
  layout: ["unit-files", "score-on-explanation-row"],
  build() {
    const { ["2.1"]: moved, ...rest } = s10.self.STC ?? {};
    const form = s10.formFile("STC", {
      scores: { self: { ...s10.self, STC: rest } },
      noteCells: { "2.1": { self: moved } },
    });
    const row = (form.sheet.rowOf.get("2.1") as number) + 1;
    return {
      files: replace(s10.set10.build(), form),
      errors: [
        {
          file: form.path,
          sheet: "Sheet1",
          row,
          why: `${String(moved)} points stand on the explanation line under 2.1. (row ${row}), whose own row is empty: the score was typed a row too low`,
        },
      ],
    };
  },
};

export const set28: CorpusSet = {
  ...s22.set22,
  id: "28-diem-thanh-ngay",
  title: "Sở Nội vụ's `9.5` on I.3 became the date 09/05/2024 when typed on a machine set to Vietnamese",
  layout: ["unit-files", "score-turned-into-date"],
  build() {
    const form = s22.formFile("SNV", { override: { self: { "I.3": new Date(Date.UTC(2024, 4, 9)) } } });
    const cell = `D${form.sheet.rowOf.get("I.3")}`;
    form.sheet.ws.getCell(cell).numFmt = "dd/mm/yyyy";
    return {
      files: replace(s22.set22.build(), form),
      errors: [
        {
          file: form.path,
          sheet: "Sheet1",
          cell,
          why: "the self-score of I.3 is the date 09/05/2024 (9.5 typed where the decimal mark is a comma): a date is not points",
        },
      ],
    };
  },
};

export const set29: CorpusSet = {
  ...s10.set10,
  id: "29-hai-file-trao-ten",
  title:
    "`02. So Tai chinh.xlsx` holds Sở Tư pháp's form and `04. So Tu phap.xlsx` Sở Tài chính's (saved under each other's names); each banner names its own unit",
  layout: ["unit-files", "files-swapped", "banner-names-the-unit"],
  // Expected to read, not to refuse: the form a unit signed names it in its banner, each unit's form
  // is there exactly once, and the file name is only what the secretary typed when saving the mail.
  build() {
    const stc = s10.formFile("STC");
    const stp = s10.formFile("STP");
    const files = s10.set10
      .build()
      .files.map((f) =>
        f.path === stc.path
          ? { ...stp, path: stc.path }
          : f.path === stp.path
            ? { ...stc, path: stp.path }
            : f,
      );
    return { files };
  },
};

export const set30: CorpusSet = {
  ...s22.set22,
  id: "30-diem-tru-vuot-toi-da",
  title: "Sở Tư pháp typed `-3` on deduction VI.2, whose maximum is 2",
  layout: ["unit-files", "deduction-above-max"],
  build() {
    const form = s22.formFile("STP", { override: { self: { "VI.2": -3 } } });
    const cell = `D${form.sheet.rowOf.get("VI.2")}`;
    return {
      files: replace(s22.set22.build(), form),
      errors: [
        { file: form.path, sheet: "Sheet1", cell, why: "a deduction of 3 on VI.2, whose maximum is 2" },
      ],
    };
  },
};

/** The districts' table with a criterion `5` the unit added to its own copy of group I. */
function withAddedRow(tree: readonly Group[]): Group[] {
  return tree.map((g) =>
    g.tt === "I" && isGroup(g)
      ? {
          ...g,
          children: [
            ...g.children,
            { tt: "5", text: "Công tác phối hợp với các huyện trong Cụm (đơn vị tự bổ sung)", max: 5 },
          ],
        }
      : g,
  );
}

export const set31: CorpusSet = {
  ...s13.set13,
  id: "31-dong-them-tieu-chi",
  title:
    "Cẩm Xuyên added a criterion `5. Công tác phối hợp… (5 điểm)` of its own to group I of its form and scored it 5",
  layout: ["unit-files", "criterion-not-in-table"],
  build() {
    const tree = withAddedRow(s13.set13.tree);
    const own = { ...(s13.self.CXUYEN ?? {}), "I.5": 5 };
    const form = s13.formFile("CXUYEN", { tree, scores: { self: { ...s13.self, CXUYEN: own } } });
    return {
      files: replace(s13.set13.build(), form),
      errors: [
        {
          file: form.path,
          sheet: "Sheet1",
          row: form.sheet.rowOf.get("I.5") as number,
          why: "row `5. Công tác phối hợp…` with 5 points is not a criterion of the bloc's Tiêu chí (group I has 4)",
        },
      ],
    };
  },
};
