import { describe, expect, it } from "vitest";
import { ANSI_COLORS as c, NO_COLORS } from "../../src/cli/colors.js";

// The escapes chalk 5 wrote at level 1 (basic colours), which the CLI used before: checked equal on
// these cases when chalk was replaced.
describe("the CLI's colours", () => {
  it("wrap text in a style's opening and closing codes", () => {
    expect(c.red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(c.bold(c.red("Lỗi ✗"))).toBe("\u001b[1m\u001b[31mLỗi ✗\u001b[39m\u001b[22m");
  });

  it("open the outer colour again after a nested one closes", () => {
    expect(c.red(`a ${c.green("b")} c`)).toBe("\u001b[31ma \u001b[32mb\u001b[39m\u001b[31m c\u001b[39m");
  });

  it("close and open again around each line end, so no colour leaks to the next line", () => {
    expect(c.bold("a\nb")).toBe("\u001b[1ma\u001b[22m\n\u001b[1mb\u001b[22m");
    expect(c.gray("a\r\nb")).toBe("\u001b[90ma\u001b[39m\r\n\u001b[90mb\u001b[39m");
  });

  it("leave empty text empty, and every text as it is when colour is off", () => {
    expect(c.yellow("")).toBe("");
    for (const paint of Object.values(NO_COLORS)) expect(paint("a\nb ✗")).toBe("a\nb ✗");
  });
});
