import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "../../src/diagnostics/group-digits.js";

describe("groupDigits", () => {
  it("writes whole numbers as toLocaleString('vi-VN') does", () => {
    expect(groupDigits(1_048_576)).toBe("1.048.576");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(0)).toBe("0");
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString("vi-VN"));
      }),
    );
  });
});
