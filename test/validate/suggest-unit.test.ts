import { describe, expect, it } from "vitest";
import { editDistance, suggestUnit } from "../../src/validate/suggest-unit.js";

const UNITS = [
  { code: "BQL", name: "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội" },
  { code: "DUK-CQ", name: "Đảng ủy Khối các cơ quan Thành phố" },
  { code: "DUK-DN", name: "Đảng ủy Khối các doanh nghiệp Thành phố" },
  { code: "LHP", name: "Trường Đào tạo cán bộ Lê Hồng Phong" },
  { code: "STC", name: "Sở Tài chính" },
  { code: "STP", name: "Sở Tư pháp" },
];

describe("suggestUnit", () => {
  it.each<[string, string, string | null]>([
    ["a code with a letter too many", "BQLL", "BQL"],
    ["a code with two letters swapped", "LPH", "LHP"],
    ["a code typed with a space for its dash", "DUK CQ", "DUK-CQ"],
    ["a name with a typo", "Sở Tài chánh", "STC"],
    ["a name without diacritics and a typo", "truong dao tao can bo le hong phog", "LHP"],
    ["a name typed short", "Ban Quản lý các khu công nghiệp", "BQL"],
    ["a name with a word too many", "Sở Tư pháp tỉnh", "STP"],
    ["a name typed long, then cut", "Đảng ủy Khối các cơ quan", "DUK-CQ"],
    ["one word only: too vague", "Sở", null],
    ["equally close to two units: no guess", "STX", null],
    ["the part two codes share", "DUK", null],
    ["nothing close", "Công an Thành phố", null],
    ["empty", "  ", null],
  ])("%s: %j → %s", (_, typed, code) => {
    expect(suggestUnit(typed, UNITS)?.code ?? null).toBe(code);
  });

  it("returns the unit object it was given (the caller's own type)", () => {
    const units = [{ code: "A1", name: "Đơn vị một", row: 7 }];
    expect(suggestUnit("A2", units)).toBe(units[0]);
  });

  it("suggests nothing among no units", () => expect(suggestUnit("BQL", [])).toBeNull());
});

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["abc", "acb", 1],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
  ])("%j → %j: %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("stops early past the limit, returning a value above it", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBeGreaterThan(2);
  });
});
