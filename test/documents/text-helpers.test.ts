import { describe, expect, it } from "vitest";
import { adaptBlocWording, blocWords } from "../../src/view/bloc-words.js";
import { formatPercent } from "../../src/view/text/format-percent.js";
import { padCount } from "../../src/view/text/pad-count.js";
import { romanNumeral } from "../../src/view/text/roman-numeral.js";
import { upperVietnamese } from "../../src/view/text/upper-vietnamese.js";
import { formatVietnameseDate } from "../../src/view/text/vietnamese-date.js";
import { vietnameseOrdinal } from "../../src/view/text/vietnamese-ordinal.js";

describe("Vietnamese dates (NĐ 30/2020: leading zero for days < 10 and months 1, 2)", () => {
  it.each([
    [{ year: 2024, month: 1, day: 5 }, "ngày 05 tháng 01 năm 2024"],
    [{ year: 2024, month: 1, day: 16 }, "ngày 16 tháng 01 năm 2024"],
    [{ year: 2024, month: 2, day: 29 }, "ngày 29 tháng 02 năm 2024"],
    [{ year: 2019, month: 6, day: 29 }, "ngày 29 tháng 6 năm 2019"],
    [{ year: 2025, month: 3, day: 7 }, "ngày 07 tháng 3 năm 2025"],
    [{ year: 2023, month: 12, day: 1 }, "ngày 01 tháng 12 năm 2023"],
    [{ year: 2023, month: 10, day: 10 }, "ngày 10 tháng 10 năm 2023"],
  ])("%o → %s", (date, expected) => {
    expect(formatVietnameseDate(date)).toBe(expected);
  });
});

describe("ordinals of rank", () => {
  it.each([
    [1, "thứ nhất"],
    [2, "thứ hai"],
    [3, "thứ ba"],
    [4, "thứ tư"],
    [5, "thứ năm"],
    [7, "thứ bảy"],
    [10, "thứ mười"],
    [11, "thứ mười một"],
    [14, "thứ mười bốn"],
    [15, "thứ mười lăm"],
    [20, "thứ hai mươi"],
    [21, "thứ hai mươi mốt"],
    [24, "thứ hai mươi tư"],
    [25, "thứ hai mươi lăm"],
    [105, "thứ một trăm linh năm"],
  ])("%i → %s", (n, expected) => {
    expect(vietnameseOrdinal(n)).toBe(expected);
  });

  it("refuses what is not a rank", () => {
    expect(() => vietnameseOrdinal(0)).toThrow(RangeError);
    expect(() => vietnameseOrdinal(1.5)).toThrow(RangeError);
  });
});

describe("numbers in prose", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1999, "MCMXCIX"],
  ])("roman %i → %s", (n, expected) => {
    expect(romanNumeral(n)).toBe(expected);
  });

  it.each([
    [0, "00"],
    [5, "05"],
    [12, "12"],
    [120, "120"],
  ])("padCount %i → %s", (n, expected) => {
    expect(padCount(n)).toBe(expected);
  });

  it.each([
    [4, 5, "80%"],
    [2, 3, "66,67%"],
    [1, 8, "12,5%"],
    [5, 5, "100%"],
  ])("percent %i/%i → %s", (a, b, expected) => {
    expect(formatPercent(a, b)).toBe(expected);
  });
});

describe("Khối/Cụm wording", () => {
  it("upper-cases with diacritics", () => {
    expect(upperVietnamese("Cụm thi đua số 02")).toBe("CỤM THI ĐUA SỐ 02");
    expect(upperVietnamese("Độc lập - Tự do - Hạnh phúc")).toBe("ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
  });

  it("gives the words of each kind", () => {
    expect(blocWords("khoi")).toMatchObject({
      chair: "Khối trưởng",
      deputyUpper: "KHỐI PHÓ",
      abbreviation: "KTĐ",
    });
    expect(blocWords("cum")).toMatchObject({
      chair: "Cụm trưởng",
      deputyUpper: "CỤM PHÓ",
      abbreviation: "CTĐ",
    });
  });

  it("rewrites Khối words for a cụm and leaves a khối alone", () => {
    expect(adaptBlocWording("Khối trưởng, khối phó, KHỐI THI ĐUA, /BC-KTĐ", "cum")).toBe(
      "Cụm trưởng, cụm phó, CỤM THI ĐUA, /BC-CTĐ",
    );
    expect(adaptBlocWording("Khối trưởng", "khoi")).toBe("Khối trưởng");
  });
});
