import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/model/bloc.js";
import { LEGAL_BASES_BY_DATE } from "../../src/view/legal-bases-by-date.js";
import { legalBases, legalBasesOn } from "../../src/view/legal-bases.js";
import { makeBloc } from "../helpers/make-bloc.js";

const LAW_2003 = "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003";
const LAW_2022 = "Luật Thi đua, khen thưởng số 06/2022/QH15";
const DECREE_91 = "Nghị định số 91/2017/NĐ-CP";
const DECREE_98 = "Nghị định số 98/2023/NĐ-CP";
const DECREE_152 = "Nghị định số 152/2025/NĐ-CP";

const date = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

describe("the law and decree in force on the meeting date (documents.md, Legal bases)", () => {
  it.each<[string, CalendarDate, string, string]>([
    ["the Party sample's conference (seed 003)", date(7, 1, 2022), LAW_2003, DECREE_91],
    ["the last day of the 2003 law", date(31, 12, 2023), LAW_2003, DECREE_91],
    ["the first day of Luật 06/2022 and Nghị định 98/2023", date(1, 1, 2024), LAW_2022, DECREE_98],
    ["issue 12's tờ trình of 16/01/2024", date(16, 1, 2024), LAW_2022, DECREE_98],
    ["the last day of Nghị định 98/2023", date(30, 6, 2025), LAW_2022, DECREE_98],
    ["the first day of Nghị định 152/2025", date(1, 7, 2025), LAW_2022, DECREE_152],
    ["a conference in 2026", date(15, 1, 2026), LAW_2022, DECREE_152],
  ])("%s (%j)", (_, on, law, decree) => {
    const lines = legalBasesOn(on);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(law);
    expect(lines[1]).toContain(decree);
  });

  it("cites the 2005 and 2013 amendments with the 2003 law", () => {
    expect(legalBasesOn(date(1, 1, 2020))[0]).toBe(
      "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013",
    );
  });

  it("is one table in date order that leaves no day uncovered and no day covered twice", () => {
    const next = (d: CalendarDate): CalendarDate => {
      const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
      return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
    };
    expect(LEGAL_BASES_BY_DATE[0]?.from).toBeNull();
    expect(LEGAL_BASES_BY_DATE.at(-1)?.to).toBeNull();
    for (let i = 1; i < LEGAL_BASES_BY_DATE.length; i++) {
      const before = LEGAL_BASES_BY_DATE[i - 1]?.to;
      expect(before).not.toBeNull();
      if (before) expect(LEGAL_BASES_BY_DATE[i]?.from).toEqual(next(before));
    }
  });

  it("ends the default list with the conference's minutes, filled in", () => {
    const bloc = makeBloc({ units: ["A"], info: { meetingDate: date(7, 1, 2022), year: 2021 } });
    const lines = legalBases(bloc);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      "Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021 của Khối thi đua số 2 ngày 07 tháng 01 năm 2022",
    );
  });

  it("uses the bloc's own list instead, whatever the date", () => {
    const bloc = makeBloc({ units: ["A"], rules: { legalBases: ["Căn cứ Quy chế của Khối;"] } });
    expect(legalBases(bloc)).toEqual(["Quy chế của Khối"]);
  });
});
