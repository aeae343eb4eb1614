import { describe, expect, it } from "vitest";
import { parseSheet } from "../../src/read/xlsx/parse-sheet.js";

/** A sheet whose row 1 holds `A1` and row 30 (past a limit of 20 rows) holds `cell`. */
const sheet = (cell: string) =>
  `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>` +
  `<row r="30">${cell}</row></sheetData></worksheet>`;

const context = { sharedStrings: [], date1904: false, styles: [], maxRow: 20 };

describe("a value below the rows the reader reads", () => {
  it.each([
    ["a number", '<c r="D30"><v>9.5</v></c>', "D30"],
    ["points typed as text", '<c r="D30" t="inlineStr"><is><t>9,5</t></is></c>', "D30"],
    ["a formula never calculated", '<c r="D30"><f>SUM(D1:D2)</f></c>', "D30"],
    ["a formula whose result is an error", '<c r="D30" t="e"><f>D1/0</f><v>#DIV/0!</v></c>', "D30"],
    ["text without a digit", '<c r="D30" t="inlineStr"><is><t>ghi chú</t></is></c>', null],
    ["a yes/no", '<c r="D30" t="b"><v>1</v></c>', null],
  ])("%s: skipped, and named as points that would be lost when it could be points", (_, cell, points) => {
    const parsed = parseSheet(sheet(cell), context);
    expect(parsed.skipped).toBe("D30");
    expect(parsed.skippedPoints).toBe(points);
    expect(parsed.rows).toHaveLength(1);
  });
});
