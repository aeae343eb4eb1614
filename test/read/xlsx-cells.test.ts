/**
 * The reader reads what offices write as Excel shows it (issue 11): one small package per case,
 * written part by part (test/read/helpers/xlsx-package.ts), read back through `readWorkbookBuffer`.
 */
import { describe, expect, it } from "vitest";
import type { ZipFile } from "../../src/write/zip/write-zip.js";
import type { CellValue } from "../../src/read/raw-workbook.js";
import { cellAt } from "../../src/read/raw-workbook.js";
import { readWorkbookBuffer } from "../../src/read/read-workbook.js";
import type { PackageSpec } from "./helpers/xlsx-package.js";
import { stylesWithFormat, xlsxPackage } from "./helpers/xlsx-package.js";

const date = (year: number, month: number, day: number): CellValue => ({
  kind: "date",
  value: { year, month, day },
});
const text = (value: string): CellValue => ({ kind: "text", value });
const num = (value: number): CellValue => ({ kind: "number", value });
const EMPTY: CellValue = { kind: "empty" };

/** The values of row 1 of the first sheet, A to the last cell. */
async function rowOf(spec: PackageSpec, edit?: (parts: ZipFile[]) => ZipFile[]): Promise<CellValue[]> {
  const read = await readWorkbookBuffer(xlsxPackage(spec, edit), "x.xlsx");
  expect(read.diagnostics).toEqual([]);
  const sheet = read.workbook?.sheets[0];
  if (sheet === undefined) throw new Error("no sheet read");
  const width = sheet.rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => cellAt(sheet, 0, c));
}

const row = (cells: string) => `<row r="1">${cells}</row>`;

describe("formula results", () => {
  it("reads an empty-string result as an empty cell, and a missing one as uncalculated", async () => {
    const cells = row(
      '<c r="A1" t="str"><f>IF(D1="","",D1)</f><v/></c>' +
        '<c r="B1" t="str"><f>IF(D1="","",D1)</f><v></v></c>' +
        '<c r="C1"><f>SUM(D1:D2)</f></c>',
    );
    expect(await rowOf({ sheets: [{ name: "S", data: cells }] })).toEqual([
      EMPTY,
      EMPTY,
      { kind: "noResult", formula: "=SUM(D1:D2)" },
    ]);
  });

  it("reads a text result stored as a shared string, as an inline string, and as decoded text once", async () => {
    const cells = row(
      '<c r="A1" t="s"><f>B1</f><v>0</v></c>' +
        '<c r="B1" t="inlineStr"><f>C1</f><is><t>Hà Nội</t></is></c>' +
        '<c r="C1" t="str"><f>D1</f><v>AT&amp;T &lt;b&gt;</v></c>' +
        '<c r="D1" t="str"><f>E1</f><v>&amp;amp;</v></c>',
    );
    expect(await rowOf({ sheets: [{ name: "S", data: cells }], strings: ["Tổng cộng"] })).toEqual([
      text("Tổng cộng"),
      text("Hà Nội"),
      text("AT&T <b>"),
      text("&amp;"),
    ]);
  });

  it("reads booleans written as 1/0 and as true/false", async () => {
    const cells = row(
      '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>' +
        '<c r="C1" t="b"><v>true</v></c><c r="D1" t="b"><f>1=2</f><v>false</v></c>',
    );
    expect(await rowOf({ sheets: [{ name: "S", data: cells }] })).toEqual([
      { kind: "boolean", value: true },
      { kind: "boolean", value: false },
      { kind: "boolean", value: true },
      { kind: "boolean", value: false },
    ]);
  });
});

describe("dates", () => {
  const serials = (values: number[]) =>
    row(values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${v}</v></c>`).join(""));

  it("counts days from 1899-12-30, with Excel's 29 February 1900 before 1 March 1900", async () => {
    const spec = {
      sheets: [{ name: "S", data: serials([1, 59, 60, 61, 45307, 0]) }],
      styles: stylesWithFormat("dd/mm/yyyy"),
    };
    expect(await rowOf(spec)).toEqual([
      date(1900, 1, 1),
      date(1900, 2, 28),
      text("29/02/1900"),
      date(1900, 3, 1),
      date(2024, 1, 16),
      text("00/01/1900"),
    ]);
  });

  it("counts days from 1904-01-01 when workbookPr says so, though x15:workbookPr follows in extLst", async () => {
    const spec: PackageSpec = {
      sheets: [{ name: "S", data: serials([43845, 0]) }],
      styles: stylesWithFormat("dd/mm/yyyy"),
      workbookPr: '<workbookPr date1904="1" defaultThemeVersion="166925"/>',
      workbookTail:
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>',
    };
    expect(await rowOf(spec)).toEqual([date(2024, 1, 16), date(1904, 1, 1)]);
  });

  it("reads date formats in any case, and time formats as the number of days Excel stores", async () => {
    const dateFormats = [
      "DD/MM/YYYY",
      "YYYY",
      "DD",
      "[$-42A]dd/mm/yyyy;@",
      "d-mmm-yy",
      "mmm yyyy",
      "yyyy-mm-dd hh:mm",
    ];
    for (const format of dateFormats) {
      const spec = { sheets: [{ name: "S", data: serials([45307.5]) }], styles: stylesWithFormat(format) };
      expect(await rowOf(spec), format).toEqual([date(2024, 1, 16)]);
    }
    for (const format of ["h:mm", "[h]:mm:ss", "mm:ss", "h:mm AM/PM", "0.00", '0" ngày"', "General"]) {
      const spec = { sheets: [{ name: "S", data: serials([0.5]) }], styles: stylesWithFormat(format) };
      expect(await rowOf(spec), format).toEqual([num(0.5)]);
    }
  });

  it("takes the workbook's own number formats, not those of conditional formats (<dxfs>)", async () => {
    const dxfs = '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>';
    const spec = {
      sheets: [{ name: "S", data: serials([45307]) }],
      styles: stylesWithFormat("dd/mm/yyyy", dxfs),
    };
    expect(await rowOf(spec)).toEqual([date(2024, 1, 16)]);
  });

  it('reads t="d" dates, times and ISO 8601 durations', async () => {
    const values = [
      "2024-01-16",
      "2024-01-16T08:30:00",
      "1899-12-31T23:59:59.999",
      "12:30:00",
      "PT36H",
      "P1DT12H",
      "P1Y",
      "x",
    ];
    const cells = row(
      values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" t="d"><v>${v}</v></c>`).join(""),
    );
    expect(await rowOf({ sheets: [{ name: "S", data: cells }] })).toEqual([
      date(2024, 1, 16),
      date(2024, 1, 16),
      date(1900, 1, 1),
      num(0.5208333333333334),
      num(1.5),
      num(1.5),
      { kind: "error", value: "#VALUE!" },
      { kind: "error", value: "#VALUE!" },
    ]);
  });
});

describe("text", () => {
  it("reads CDATA sections in shared strings, inline strings and values", async () => {
    const cells = row(
      '<c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1" t="inlineStr"><is><t><![CDATA[Hà <Nội>]]></t></is></c>' +
        '<c r="C1" t="str"><f>A1</f><v><![CDATA[a & b]]></v></c>' +
        '<c r="D1"><v><![CDATA[95.5]]></v></c>',
    );
    const spec = {
      sheets: [{ name: "S", data: cells }],
      strings: ["<t><![CDATA[Ban Quản lý]]> &amp; <![CDATA[<các KCN>]]></t>"],
    };
    expect(await rowOf(spec)).toEqual([
      text("Ban Quản lý & <các KCN>"),
      text("Hà <Nội>"),
      text("a & b"),
      num(95.5),
    ]);
  });
});

describe("packages", () => {
  const spec: PackageSpec = {
    sheets: [
      { name: "Thông tin", data: row('<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45307</v></c>') },
    ],
    strings: ["Ngày họp"],
    styles: stylesWithFormat("dd/mm/yyyy"),
  };
  const expected = [text("Ngày họp"), date(2024, 1, 16)];
  const encode = (encoding: "utf16le" | "utf16be", bom: boolean) => (parts: ZipFile[]) =>
    parts.map((p) => {
      const body = String(p.data).replace('encoding="UTF-8"', 'encoding="UTF-16"');
      const le = Buffer.from(`${bom ? "\ufeff" : ""}${body}`, "utf16le");
      return { ...p, data: encoding === "utf16le" ? le : Buffer.from(le).swap16() };
    });

  it("reads parts encoded in UTF-16, with or without a byte order mark", async () => {
    expect(await rowOf(spec, encode("utf16le", true))).toEqual(expected);
    expect(await rowOf(spec, encode("utf16be", true))).toEqual(expected);
    expect(await rowOf(spec, encode("utf16le", false))).toEqual(expected);
  });

  it("reads a part in the 8-bit encoding its declaration names", async () => {
    const latin = (parts: ZipFile[]) =>
      parts.map((p) =>
        p.name === "xl/sharedStrings.xml"
          ? {
              ...p,
              data: Buffer.from(
                String(p.data).replace("UTF-8", "windows-1252").replace("Ngày họp", "Café"),
                "latin1",
              ),
            }
          : p,
      );
    expect(await rowOf(spec, latin)).toEqual([text("Café"), date(2024, 1, 16)]);
  });

  it("finds parts whatever the case of their names", async () => {
    const upper = (parts: ZipFile[]) =>
      parts.map((p) => (p.name.startsWith("[") ? p : { ...p, name: p.name.toUpperCase() }));
    expect(await rowOf(spec, upper)).toEqual(expected);
  });

  it("finds the workbook part where _rels/.rels says it is", async () => {
    const moved = (parts: ZipFile[]) =>
      parts.map((p) => {
        const data = String(p.data);
        if (p.name === "_rels/.rels")
          return { ...p, data: data.replace('Target="xl/workbook.xml"', 'Target="/bang/So Lieu.xml"') };
        if (p.name === "xl/workbook.xml") return { ...p, name: "bang/So Lieu.xml" };
        if (p.name === "xl/_rels/workbook.xml.rels")
          return {
            ...p,
            name: "bang/_rels/So Lieu.xml.rels",
            data: data.replace(/Target="/g, 'Target="../xl/'),
          };
        return p;
      });
    expect(await rowOf(spec, moved)).toEqual(expected);
  });

  it("refuses, naming the missing part, a workbook part without its relationships", async () => {
    const read = await readWorkbookBuffer(
      xlsxPackage(spec, (parts) => parts.filter((p) => p.name !== "xl/_rels/workbook.xml.rels")),
      "x.xlsx",
    );
    expect(read.workbook).toBeNull();
    expect(read.diagnostics).toMatchObject([{ code: "fileUnreadable", location: { file: "x.xlsx" } }]);
    expect(String(read.diagnostics[0]?.args.reason)).toContain("xl/_rels/workbook.xml.rels");
  });

  it("refuses a sheet whose part is missing, naming the sheet", async () => {
    const read = await readWorkbookBuffer(
      xlsxPackage(spec, (parts) => parts.filter((p) => p.name !== "xl/worksheets/sheet1.xml")),
      "x.xlsx",
    );
    expect(read.diagnostics).toMatchObject([{ code: "fileUnreadable", location: { sheet: "Thông tin" } }]);
  });
});
