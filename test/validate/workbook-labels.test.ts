import { describe, expect, it } from "vitest";
import { CRITERION_HEADERS, SCORE_HEADERS, TOTAL_LABEL } from "../../src/model/workbook-labels.js";
import { headerRole } from "../../src/validate/table/header-roles.js";
import { isTotalText } from "../../src/validate/table/row-words.js";

// init writes these names; the reader recognises columns by its own synonym tables. Each name init
// writes must give the column the role it is written for.
describe("the headers init writes are read in the role they are written for", () => {
  it.each(Object.entries(CRITERION_HEADERS))("Tiêu chí: the %s column, %s", (role, header) => {
    expect(headerRole(header)).toBe(role);
  });
  it.each(Object.entries(SCORE_HEADERS))("score sheet: the %s column, %s", (role, header) => {
    expect(headerRole(header)).toBe(role);
  });
  it("the total row's label reads as a total", () => {
    expect(isTotalText(TOTAL_LABEL)).toBe(true);
  });
});
