import { describe, expect, it } from "vitest";
import { inspectZip } from "../../src/read/inspect/inspect-zip.js";
import type { WorkbookLimits } from "../../src/read/inspect/workbook-limits.js";
import { WORKBOOK_LIMITS } from "../../src/read/inspect/workbook-limits.js";
import { readZipDirectory } from "../../src/read/zip/read-zip-directory.js";
import { describeWorkbookPackage } from "../../src/read/package/workbook-package.js";
import { startTagReader } from "../../src/read/xml/xml-start-tags.js";
import type { ZipInput } from "../../scripts/lib/write-test-zip.js";
import { writeTestZip as writeZip } from "../../scripts/lib/write-test-zip.js";

/*
 * The zip checks that run before the parts are parsed: each limit is tested with small limits on small
 * archives, so the tests stay fast; test/hostile/ runs the real limits through the CLI.
 */

const WORKBOOK_XML =
  '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Thông tin" sheetId="1" r:id="rId1"/><sheet name="A &amp; B" sheetId="2" r:id="rId2"/></sheets></workbook>';
const WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const RELS = `<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="${WORKSHEET}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${WORKSHEET}" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;

const sheetXml = (body: string, after = "") =>
  `<worksheet><sheetData>${body}</sheetData>${after}</worksheet>`;
const rows = (n: number, cells = 1) =>
  Array.from(
    { length: n },
    (_, r) => `<row r="${r + 1}">${'<c r="A1"><v>1</v></c>'.repeat(cells)}</row>`,
  ).join("");

function workbook(sheet2: string, extra: ZipInput[] = []): Buffer {
  return writeZip([
    { name: "xl/workbook.xml", data: WORKBOOK_XML },
    { name: "xl/_rels/workbook.xml.rels", data: RELS },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(rows(1)) },
    { name: "xl/worksheets/sheet2.xml", data: sheet2 },
    ...extra,
  ]);
}

const small: WorkbookLimits = {
  entries: 10,
  uncompressedBytes: 64 * 1024,
  sheets: 3,
  rows: 20,
  cells: 40,
  elements: 400,
  mergesPerSheet: 3,
  mergedCells: 30,
};

describe("startTagReader", () => {
  it("sees every tag once, wherever the chunks are cut", () => {
    const xml = Buffer.from(sheetXml(rows(5, 2), '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>'));
    const whole: string[] = [];
    startTagReader((name) => whole.push(name)).push(xml);
    for (let cut = 1; cut < xml.length; cut++) {
      const seen: string[] = [];
      const reader = startTagReader((name) => seen.push(name));
      reader.push(xml.subarray(0, cut));
      reader.push(xml.subarray(cut));
      expect(seen).toEqual(whole);
      expect(reader.cutOff()).toBe(false);
    }
    expect(whole.filter((n) => n === "row")).toHaveLength(5);
  });

  it("drops namespace prefixes and notices text cut inside a tag", () => {
    const seen: string[] = [];
    const reader = startTagReader((name) => seen.push(name));
    reader.push(Buffer.from('<x:worksheet><x:row r="1"/><row r='));
    expect(seen).toEqual(["worksheet", "row"]);
    expect(reader.cutOff()).toBe(true);
  });
});

describe("describeWorkbookPackage", () => {
  it("lists the sheets with their parts through the relationships, decoding entities", () => {
    expect(describeWorkbookPackage("xl/workbook.xml", WORKBOOK_XML, RELS, () => true).sheets).toEqual([
      { name: "Thông tin", sheetId: "1", kind: "worksheet", part: "xl/worksheets/sheet1.xml" },
      { name: "A & B", sheetId: "2", kind: "worksheet", part: "xl/worksheets/sheet2.xml" },
    ]);
  });
});

describe("readZipDirectory", () => {
  const zip = workbook(sheetXml(rows(2)));

  it("lists the entries of a zip", () => {
    const dir = readZipDirectory(zip, 100);
    expect(dir.ok && dir.entries.map((e) => e.name)).toEqual([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
  });

  it("reads a zip with a comment or with bytes in front of it", () => {
    const comment = Buffer.concat([zip, Buffer.from("chú thích")]);
    comment.writeUInt16LE(Buffer.byteLength("chú thích"), zip.length - 2);
    expect(readZipDirectory(comment, 100).ok).toBe(true);
    expect(readZipDirectory(Buffer.concat([Buffer.from("MZ stub"), zip]), 100).ok).toBe(true);
  });

  it("calls every cut-off or scribbled-on archive corrupt, never throwing", () => {
    for (let length = 0; length < zip.length; length += 7) {
      const dir = readZipDirectory(zip.subarray(0, length), 100);
      expect(dir.ok).toBe(false);
    }
    for (let at = 0; at < zip.length; at += 3) {
      const scribbled = Buffer.from(zip);
      scribbled[at] = (scribbled[at] ?? 0) ^ 0xff;
      expect(() => readZipDirectory(scribbled, 100)).not.toThrow();
    }
  });

  it("reads the zip64 end records some writers use even for small files", () => {
    const end = zip.length - 22;
    const count = zip.readUInt16LE(end + 10);
    const size = zip.readUInt32LE(end + 12);
    const offset = zip.readUInt32LE(end + 16);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(end), 8);
    locator.writeUInt32LE(1, 16);
    const eocd = Buffer.from(zip.subarray(end));
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 12);
    eocd.writeUInt32LE(0xffffffff, 16);
    const zip64 = Buffer.concat([zip.subarray(0, end), record, locator, eocd]);
    const dir = readZipDirectory(zip64, 100);
    expect(dir.ok && dir.entries.map((e) => e.name)).toContain("xl/worksheets/sheet2.xml");
  });

  it("refuses a directory claiming too many entries before reading them", () => {
    expect(readZipDirectory(zip, 3)).toEqual({ ok: false, problem: "tooManyEntries", count: 4 });
  });
});

describe("inspectZip", () => {
  it("accepts a small workbook", async () => {
    expect(await inspectZip(workbook(sheetXml(rows(3))), small)).toMatchObject({ ok: true });
  });

  it("names a zip that is not a workbook", async () => {
    const word = writeZip([{ name: "word/document.xml", data: "<w:document/>" }]);
    expect(await inspectZip(word, small)).toMatchObject({
      ok: false,
      code: "notXlsx",
      args: { found: "tài liệu Word .docx" },
    });
  });

  it("refuses encrypted entries and unknown compression", async () => {
    const encrypted = writeZip([{ name: "xl/workbook.xml", data: WORKBOOK_XML, flags: 1 }]);
    expect(await inspectZip(encrypted, small)).toMatchObject({ ok: false, code: "encrypted" });
    const odd = workbook(sheetXml(rows(1)));
    // Method 12 (bzip2) in the central directory entry of the first file.
    const first = odd.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    odd.writeUInt16LE(12, first + 10);
    expect(await inspectZip(odd, small)).toMatchObject({ ok: false, code: "fileUnreadable" });
  });

  it("refuses a zip bomb from its declared sizes, and one that lies by measuring it", async () => {
    const zeros = Buffer.alloc(100 * 1024);
    const honest = workbook(sheetXml(rows(1)), [{ name: "xl/media/image1.png", data: zeros }]);
    expect(await inspectZip(honest, small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { found: "giải nén ra 1 MB", limit: "1 MB" },
    });
    const lying = workbook(sheetXml(rows(1)), [
      { name: "xl/media/image1.png", data: zeros, declaredSize: 10 },
    ]);
    expect(await inspectZip(lying, small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { found: "giải nén ra hơn 1 MB" },
    });
    // A part the reader opens whose real size is not the one in its header is damaged…
    const short = workbook(sheetXml(rows(1)), [
      { name: "xl/sharedStrings.xml", data: "ab", declaredSize: 10 },
    ]);
    expect(await inspectZip(short, small)).toMatchObject({ ok: false, code: "fileUnreadable" });
    // …one it never opens, whose worst case fits the budget, is not even inflated.
    const unread = workbook(sheetXml(rows(1)), [
      { name: "xl/media/image1.png", data: "ab", declaredSize: 10 },
    ]);
    expect(await inspectZip(unread, small)).toMatchObject({ ok: true });
  });

  it("charges the parts it never opens what they really inflate to, not their worst case", async () => {
    // 100 pictures of 10 bytes that do not compress and a thumbnail of 40 KB that does: a worst case
    // of 1.1 MB + 0.1 MB if each part inflated 1 100 times, 41 KB in truth, under a 64 KB budget.
    let x = 1;
    const noise = () =>
      Buffer.from(Array.from({ length: 10 }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24));
    const pictures = Array.from({ length: 100 }, (_, i) => ({
      name: `xl/media/image${i + 1}.png`,
      data: noise(),
    }));
    const thumbnail = { name: "docProps/thumbnail.jpeg", data: Buffer.alloc(40 * 1024, "thidua ") };
    const limits = { ...small, entries: 200 };
    expect(await inspectZip(workbook(sheetXml(rows(1)), [...pictures, thumbnail]), limits)).toMatchObject({
      ok: true,
    });
    const bomb = {
      name: "docProps/thumbnail.jpeg",
      data: Buffer.alloc(100 * 1024, "thidua "),
      declaredSize: 10,
    };
    expect(await inspectZip(workbook(sheetXml(rows(1)), [...pictures, bomb]), limits)).toMatchObject({
      ok: false,
      code: "tooLarge",
    });
  });

  it("counts rows, cells and elements, naming the sheet when one sheet is the cause", async () => {
    expect(await inspectZip(workbook(sheetXml(rows(25))), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      sheet: "A & B",
      args: { found: "25 dòng (kể cả dòng trống có định dạng)", limit: "20 dòng" },
    });
    expect(await inspectZip(workbook(sheetXml(rows(10, 5))), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      sheet: "A & B",
      args: { limit: "40 ô" },
    });
    const strings = { name: "xl/sharedStrings.xml", data: `<sst>${"<si><t>x</t></si>".repeat(300)}</sst>` };
    expect(await inspectZip(workbook(sheetXml(rows(1)), [strings]), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { found: "601 phần tử XML trong xl/sharedStrings.xml" },
    });
  });

  it("limits merged ranges by count and by the cells they cover", async () => {
    const merges = (refs: string[]) =>
      `<mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
    const many = sheetXml(rows(1), merges(["A1:A2", "B1:B2", "C1:C2", "D1:D2"]));
    expect(await inspectZip(workbook(many), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      sheet: "A & B",
    });
    const wide = sheetXml(rows(1), merges(["A1:XFD1048576"]));
    expect(await inspectZip(workbook(wide), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      sheet: "A & B",
      args: { found: "17.179.869.184 ô nằm trong các vùng gộp" },
    });
  });

  it("refuses rows and columns past Excel's grid", async () => {
    const far = sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>');
    expect(await inspectZip(workbook(far), small)).toMatchObject({
      ok: false,
      code: "fileUnreadable",
      sheet: "A & B",
    });
    for (const ref of ["XFE1", "xfe1", "AAAA1"]) {
      const wide = sheetXml(`<row r="1"><c r="${ref}"><v>1</v></c></row>`);
      expect(await inspectZip(workbook(wide), small)).toMatchObject({ ok: false, code: "fileUnreadable" });
    }
    for (const ref of ["XFD1048576", "xfd1048576"]) {
      const last = sheetXml(`<row r="1048576"><c r="${ref}"><v>1</v></c></row>`);
      expect(await inspectZip(workbook(last), small)).toMatchObject({ ok: true });
    }
  });

  it("refuses a sheet list with a repeated, absurd or missing sheetId, or two names equal but for case", async () => {
    const list = (sheets: string) => (xml: string) =>
      xml.replace(/<sheets>.*<\/sheets>/, `<sheets>${sheets}</sheets>`);
    const withList = (sheets: string) =>
      writeZip([
        { name: "xl/workbook.xml", data: list(sheets)(WORKBOOK_XML) },
        { name: "xl/_rels/workbook.xml.rels", data: RELS },
        { name: "xl/worksheets/sheet1.xml", data: sheetXml("") },
      ]);
    for (const ids of [
      ['"1"', '"1"'],
      ['"1"', '"2000000000"'],
      ['"1"', '"x"'],
      ['"1"', '""'],
    ]) {
      const sheets = `<sheet name="A" sheetId=${ids[0]} r:id="rId1"/><sheet name="B" sheetId=${ids[1]} r:id="rId2"/>`;
      expect(await inspectZip(withList(sheets), small)).toMatchObject({
        ok: false,
        code: "fileUnreadable",
        sheet: "B",
      });
    }
    const twins =
      '<sheet name="Đơn vị" sheetId="1" r:id="rId1"/><sheet name="ĐƠN VỊ" sheetId="2" r:id="rId2"/>';
    expect(await inspectZip(withList(twins), small)).toMatchObject({
      ok: false,
      code: "fileUnreadable",
      sheet: "ĐƠN VỊ",
      args: { reason: 'hai trang tính "Đơn vị" và "ĐƠN VỊ" trùng tên' },
    });
  });

  it("measures a worksheet stored under any name, and refuses a sheet list too long to read whole", async () => {
    const renamedRels = RELS.replace("/xl/worksheets/sheet2.xml", "data/two.xml");
    const renamed = writeZip([
      { name: "xl/workbook.xml", data: WORKBOOK_XML },
      { name: "xl/_rels/workbook.xml.rels", data: renamedRels },
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(rows(1)) },
      { name: "xl/data/two.xml", data: sheetXml(rows(25)) },
    ]);
    expect(await inspectZip(renamed, small)).toMatchObject({ ok: false, code: "tooLarge", sheet: "A & B" });
    const padding = `<definedNames><definedName name="x">${"A".repeat(11 * 1024 * 1024)}</definedName></definedNames>`;
    const long = writeZip([
      { name: "xl/workbook.xml", data: WORKBOOK_XML.replace("</workbook>", `${padding}</workbook>`) },
      { name: "xl/_rels/workbook.xml.rels", data: RELS },
    ]);
    expect(await inspectZip(long, { ...small, uncompressedBytes: 64 * 1024 * 1024 })).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { limit: "10 MB" },
    });
  });

  it("refuses too many sheets and too many entries", async () => {
    const listed = [1, 2, 3, 4].map((n) => `<sheet name="S${n}" sheetId="${n}" r:id="rId${n}"/>`).join("");
    const four = writeZip([
      { name: "xl/workbook.xml", data: `<workbook xmlns:r="r"><sheets>${listed}</sheets></workbook>` },
      { name: "xl/_rels/workbook.xml.rels", data: RELS },
    ]);
    expect(await inspectZip(four, small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { found: "4 trang tính" },
    });
    const files = Array.from({ length: 10 }, (_, i) => ({ name: `docProps/x${i}.txt`, data: "x" }));
    expect(await inspectZip(workbook(sheetXml(""), files), small)).toMatchObject({
      ok: false,
      code: "tooLarge",
      args: { found: "14 tệp con trong tệp nén" },
    });
  });

  it("keeps the product's limits above its largest supported bloc", () => {
    // 500 units × 100 criteria, one sheet per unit (measured): 503 sheets, 51 108 rows,
    // 161 318 cells, 381 525 elements, 7.5 MB of XML.
    expect(WORKBOOK_LIMITS.sheets).toBeGreaterThan(503);
    expect(WORKBOOK_LIMITS.rows).toBeGreaterThan(51_108);
    expect(WORKBOOK_LIMITS.cells).toBeGreaterThan(161_318);
    expect(WORKBOOK_LIMITS.elements).toBeGreaterThan(381_525);
  });
});
