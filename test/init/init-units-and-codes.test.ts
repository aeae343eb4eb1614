import { describe, expect, it } from "vitest";
import { estimateLines } from "../../src/init/estimate-lines.js";
import { makeUnitCodes } from "../../src/init/make-unit-codes.js";
import { parseUnitNames } from "../../src/init/parse-unit-names.js";
import { safeFileSlug, uniqueFileSlugs } from "../../src/init/safe-file-slug.js";
import { scoreTotalFormula } from "../../src/init/score-total-formula.js";

describe("parseUnitNames", () => {
  it("reads one name per line: BOM, CRLF, blank lines, stray spaces, NFD", () => {
    const text = "\uFEFFSở Tài chính\r\n\r\n  Sở  Tư pháp \r\n\u00a0\r\nSở Nội vụ\n".replace(
      "Nội",
      "Nội".normalize("NFD"),
    );
    expect(parseUnitNames(text)).toEqual({
      names: ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ"],
      duplicates: [],
    });
  });

  it("keeps a repeated name once (matched without case or diacritics) and reports its line", () => {
    const { names, duplicates } = parseUnitNames("Sở Tài chính\nSỞ TÀI CHÍNH\nSo Tai chinh\nSở Y tế");
    expect(names).toEqual(["Sở Tài chính", "Sở Y tế"]);
    expect(duplicates).toEqual([
      { line: 2, name: "SỞ TÀI CHÍNH" },
      { line: 3, name: "So Tai chinh" },
    ]);
  });

  it("gives no names for an empty file", () => {
    expect(parseUnitNames("\uFEFF\r\n  \r\n").names).toEqual([]);
  });
});

describe("makeUnitCodes", () => {
  it.each([
    ["Ban Quản lý các khu công nghiệp và chế xuất Hà Nội", "BQLKCNCXHN"],
    ["Đảng ủy Khối các cơ quan Thành phố", "DUKCQTP"],
    ["Ủy ban nhân dân quận Ba Đình", "UBNDQBD"],
    ["Trường THPT số 2", "TTHPTS2"],
    ["UBND huyện Gia Lâm", "UBNDHGL"],
    ["!!!", "DV"],
  ])("%s → %s", (name, code) => {
    expect(makeUnitCodes([name])).toEqual([code]);
  });

  it("makes codes unique and keeps them off the workbook's own sheet names", () => {
    expect(
      makeUnitCodes([
        "Sở Tài chính",
        "Sở Tư pháp",
        "Sở Thông tin",
        "Sở Tài chính tỉnh",
        "PLAN",
        "Sở Tài Chính",
      ]),
    ).toEqual(["STC", "STP", "STT", "STCT", "PLAN-2", "STC-2"]);
  });

  it("gives codes that are safe sheet and file names", () => {
    const codes = makeUnitCodes([
      "Công an tỉnh / Phòng PC01: [Đội 1]?*",
      "Viện kiểm sát nhân dân tỉnh Bà Rịa - Vũng Tàu",
    ]);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z0-9-]{1,31}$/);
    }
  });
});

describe("safeFileSlug", () => {
  it.each([
    ["DUK-CQ", "duk-cq"],
    ["../../x", "x"],
    ["..\\..\\Windows\\system32", "windows-system32"],
    ["CON", "con-dv"],
    ["lpt1", "lpt1-dv"],
    ["Đảng ủy", "dang-uy"],
    ["...", "don-vi"],
    ["", "don-vi"],
    ["a".repeat(100), "a".repeat(60)],
  ])("%s → %s", (text, slug) => {
    expect(safeFileSlug(text)).toBe(slug);
  });

  it("never yields a separator, a dot or a leading dash", () => {
    for (const text of ["/etc/passwd", "C:\\x", " .hidden", "-rf", "a/../b", "NUL.txt"]) {
      expect(safeFileSlug(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("makes slugs unique when codes collide after slugging", () => {
    expect(uniqueFileSlugs(["A.B", "A-B", "a b", "X"])).toEqual(["a-b", "a-b-2", "a-b-3", "x"]);
  });
});

describe("scoreTotalFormula", () => {
  it.each([
    [[1, 1, 1, -1] as const, "SUM(D4:D6)-SUM(D7)"],
    [[1, -1, 1, -1, -1] as const, "SUM(D4)-SUM(D5)+SUM(D6)-SUM(D7:D8)"],
    [[-1, 1] as const, "-SUM(D4)+SUM(D5)"],
    [[1] as const, "SUM(D4)"],
    [[] as const, "0"],
  ])("%j → %s", (signs, formula) => {
    expect(scoreTotalFormula("D", 4, signs)).toBe(formula);
  });
});

describe("estimateLines", () => {
  it("word-wraps greedily and counts paragraphs", () => {
    expect(estimateLines("", 20)).toBe(1);
    expect(estimateLines("ngắn", 20)).toBe(1);
    expect(estimateLines("một hai ba bốn năm sáu bảy tám chín mười", 12)).toBeGreaterThanOrEqual(4);
    expect(estimateLines("dòng một\ndòng hai", 40)).toBe(2);
    expect(estimateLines("x".repeat(50), 10)).toBeGreaterThanOrEqual(5);
  });
});
