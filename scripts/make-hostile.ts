/**
 * Writes the hostile-input corpus of test/hostile/: files a bloc secretary (or someone less kind)
 * may hand to `thidua` instead of a proper workbook, each with the exit code and diagnostic it must
 * produce, in test/hostile/manifest.json. test/hostile/hostile.test.ts runs the built CLI on each.
 * Deterministic: run it twice, get the same bytes.
 *
 *   npx tsx scripts/make-hostile.ts
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";
import { describeWorkbookPackage } from "../src/read/package/workbook-package.js";
import { CUM_02, KHOI_VIII } from "../test/fixtures/scenarios/blocs.js";
import type { BlocData } from "../test/fixtures/scenarios/blocs.js";
import {
  blocSheets,
  criteriaSheet,
  infoSheet,
  matrixSheet,
  unitsSheet,
} from "../test/fixtures/scenarios/sheets.js";
import type { SheetSpec } from "./lib/write-xlsx.js";
import { buildWorkbook, pinZipTimes } from "./lib/write-xlsx.js";
import type { ZipInput } from "./lib/write-test-zip.js";
import { writeTestZip as writeZip } from "./lib/write-test-zip.js";
import { unzipFiles } from "./lib/zip-files.js";

const HOSTILE = fileURLToPath(new URL("../test/hostile/", import.meta.url));
const FILES = join(HOSTILE, "files");

/** What a run must answer. */
interface Expectation {
  exit: number;
  /** The one error's diagnostic code (`--json` errors[0].code), when there is a diagnostic. */
  code?: string;
  /** The file the message names, relative to test/hostile/files (default: the first input). */
  file?: string;
  sheet?: string;
  cell?: string;
  /** A warning that must be reported on a successful run. */
  warning?: string;
  /** Text the message line must contain (e.g. `file:line:col` of a template error). */
  messageContains?: string;
  /** Strings every written document must contain literally (values are never evaluated). */
  documentsContain?: string[];
}

/** One case of the manifest. */
interface HostileCase {
  name: string;
  description: string;
  /** Inputs relative to test/hostile/files (the bloc workbook first); an absolute path is used as is. */
  inputs: string[];
  /** Extra arguments; `{files}` stands for the test/hostile/files folder. */
  args?: string[];
  /** Commands to run (default both). */
  commands?: ("summarize" | "validate")[];
  /**
   * summarize's `-o`: a fresh folder (default); none, so the default folder named after the bloc is
   * made in the working folder; a path that is an existing file; a read-only or a full disk.
   */
  out?: "fresh" | "default" | "file" | "readonly" | "full";
  /**
   * LibreOffice, which reads .xls and .ods: `required` runs the case only where `soffice` is installed
   * (in CI its absence fails the case); `absent` runs it with a PATH where `soffice` cannot be found.
   */
  libreOffice?: "required" | "absent";
  expect: Expectation;
}

const cases: HostileCase[] = [];
const files = new Map<string, Buffer | string>();

function add(c: HostileCase, contents: Record<string, Buffer | string> = {}): void {
  if (cases.some((x) => x.name === c.name)) throw new Error(`duplicate case ${c.name}`);
  cases.push(c);
  for (const [name, data] of Object.entries(contents)) files.set(name, data);
}

// --- building blocks -------------------------------------------------------------------------

async function xlsx(sheets: readonly SheetSpec[]): Promise<Buffer> {
  return pinZipTimes(Buffer.from(await buildWorkbook({ sheets }).xlsx.writeBuffer()));
}

/** The part holding a sheet, by the sheet's name. */
function sheetPart(entries: readonly ZipInput[], sheet: string): string {
  const text = (name: string) => String(entries.find((e) => e.name === name)?.data ?? "");
  const has = (part: string) => entries.some((e) => e.name === part);
  const pkg = describeWorkbookPackage(
    "xl/workbook.xml",
    text("xl/workbook.xml"),
    text("xl/_rels/workbook.xml.rels"),
    has,
  );
  for (const { part, name } of pkg.sheets) {
    if (name === sheet && part !== null) return part;
  }
  throw new Error(`no sheet ${sheet}`);
}

/** Rewrites one sheet's XML (by sheet name) or one part (by part name) of a workbook. */
function patch(
  bytes: Buffer,
  target: { sheet: string } | { part: string },
  edit: (xml: string) => string,
): Buffer {
  const entries = unzipFiles(bytes);
  const part = "sheet" in target ? sheetPart(entries, target.sheet) : target.part;
  const entry = entries.find((e) => e.name === part);
  if (!entry) throw new Error(`no part ${part}`);
  const before = String(entry.data);
  const after = edit(before);
  if (after === before) throw new Error(`patch of ${part} changed nothing`);
  entry.data = after;
  return writeZip(entries);
}

/** Inserts XML before the first match of `before` (which must be there). */
const insertBefore = (before: string, xml: string) => (text: string) => {
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`no ${before}`);
  return text.slice(0, at) + xml + text.slice(at);
};

/** A minimal compound file (the OLE container of .xls and of encrypted OOXML) holding empty streams. */
function compoundFile(streams: readonly string[]): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const directory = Buffer.alloc(sector, 0);
  const names = ["Root Entry", ...streams];
  if (names.length > 4) throw new Error("one directory sector holds 4 entries");
  names.forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage or stream
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(0xffffffff, at + 68); // left sibling
    directory.writeUInt32LE(i > 0 && i + 1 < names.length ? i + 1 : 0xffffffff, at + 72); // right sibling
    directory.writeUInt32LE(i === 0 && names.length > 1 ? 1 : 0xffffffff, at + 76); // child
    directory.writeUInt32LE(0xfffffffe, at + 116); // start sector: none
  });
  for (let i = names.length; i < 4; i++) {
    directory.writeUInt32LE(0xffffffff, i * 128 + 68);
    directory.writeUInt32LE(0xffffffff, i * 128 + 72);
    directory.writeUInt32LE(0xffffffff, i * 128 + 76);
  }
  return Buffer.concat([header, fat, directory]);
}

/** A 1×1 PNG picture. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** `length` bytes that do not compress (a picture's), the same on every run for one `seed`. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = (seed + 1) * 2654435761;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal OpenDocument spreadsheet: the stored `mimetype` entry first, then its content. */
function ods(): Buffer {
  return writeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
    {
      name: "content.xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Thông tin"><table:table-row><table:table-cell><text:p>Tên khối</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
    },
    {
      name: "META-INF/manifest.xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
  ]);
}

/** A minimal Word document, which is a zip too. */
function docx(): Buffer {
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: "word/document.xml",
      data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
    },
  ]);
}

/**
 * `count` formatted empty rows. Without their optional `r` attribute (each row then follows the
 * previous one) they compress 1 000 to 1, so the corpus file stays small; the reader counts rows
 * the same way with or without it.
 */
function emptyRows(count: number): string {
  return '<row s="1" customFormat="1" ht="15" customHeight="1"/>'.repeat(count);
}

// --- the corpus ------------------------------------------------------------------------------

async function build(): Promise<void> {
  const base = await xlsx(blocSheets(KHOI_VIII));
  const KHOI_VIII_STRING_COUNT = (
    String(unzipFiles(base).find((e) => e.name === "xl/sharedStrings.xml")?.data ?? "").match(/<si>/g) ?? []
  ).length;
  const onCa = (edit: (xml: string) => string) => patch(base, { sheet: "CA" }, edit);

  // Not a workbook at all.
  add(
    {
      name: "empty",
      description: "an empty file (a failed download or copy)",
      inputs: ["rong.xlsx"],
      expect: { exit: 1, code: "notXlsx" },
    },
    { "rong.xlsx": Buffer.alloc(0) },
  );
  add(
    {
      name: "text",
      description: "a CSV text file renamed .xlsx",
      inputs: ["van-ban.xlsx"],
      expect: { exit: 1, code: "notXlsx" },
    },
    { "van-ban.xlsx": "Mã,Tên đơn vị\nBTL,Bộ Tư lệnh Thành phố\nCA,Công an Thành phố\n" },
  );
  add(
    {
      name: "png",
      description: "a photo of the score sheet, renamed .xlsx",
      inputs: ["anh-chup.xlsx"],
      expect: { exit: 1, code: "notXlsx" },
    },
    { "anh-chup.xlsx": png() },
  );
  add(
    {
      name: "truncated",
      description: "a workbook cut off at 60 % (download interrupted)",
      inputs: ["tai-do.xlsx"],
      expect: { exit: 1, code: "fileUnreadable" },
    },
    { "tai-do.xlsx": base.subarray(0, Math.floor(base.length * 0.6)) },
  );
  add(
    {
      name: "old-xls-damaged",
      description:
        "an Excel 97–2003 .xls whose Workbook stream is empty (a compound file and nothing more): LibreOffice cannot convert it",
      inputs: ["bang-cu.xls"],
      libreOffice: "required",
      expect: { exit: 1, code: "fileUnreadable" },
    },
    { "bang-cu.xls": compoundFile(["Workbook"]) },
  );
  add({
    name: "old-xls-without-libreoffice",
    description:
      "an .xls where LibreOffice is not installed: one message saying how to install it or re-save the file",
    inputs: ["bang-cu.xls"],
    libreOffice: "absent",
    expect: { exit: 1, code: "needsLibreOffice" },
  });
  add(
    {
      name: "ods-without-libreoffice",
      description: "an OpenDocument .ods spreadsheet where LibreOffice is not installed",
      inputs: ["bang-tinh.ods"],
      libreOffice: "absent",
      expect: { exit: 1, code: "needsLibreOffice" },
    },
    { "bang-tinh.ods": ods() },
  );
  add(
    {
      name: "encrypted",
      description:
        "a password-protected workbook: Excel wraps it in a compound file with EncryptionInfo and EncryptedPackage streams (synthesised: LibreOffice 7.4's command line cannot set a password)",
      inputs: ["mat-khau.xlsx"],
      expect: { exit: 1, code: "encrypted" },
    },
    { "mat-khau.xlsx": compoundFile(["EncryptionInfo", "EncryptedPackage"]) },
  );
  add(
    {
      name: "zip-encrypted-entry",
      description: "a zip whose entries are encrypted with a zip password",
      inputs: ["zip-mat-khau.xlsx"],
      expect: { exit: 1, code: "encrypted" },
    },
    { "zip-mat-khau.xlsx": writeZip(unzipFiles(base).map((e) => ({ ...e, flags: 1 }))) },
  );
  add(
    {
      name: "docx",
      description: "a Word document renamed .xlsx",
      inputs: ["bao-cao.xlsx"],
      expect: { exit: 1, code: "notXlsx" },
    },
    { "bao-cao.xlsx": docx() },
  );
  add(
    {
      name: "other-zip",
      description: "a zip of other files renamed .xlsx",
      inputs: ["nen.xlsx"],
      expect: { exit: 1, code: "notXlsx" },
    },
    { "nen.xlsx": writeZip([{ name: "doc-truoc.txt", data: "Hồ sơ thi đua năm 2022\n" }]) },
  );

  // Zip bombs and oversized parts: refused from the directory or by measuring, never inflated whole.
  const bomb = Buffer.alloc(210 * 1024 * 1024);
  add(
    {
      name: "zip-bomb",
      description: "a workbook carrying a 210 MB part of zeros that deflates to 210 KB (the limit is 200 MB)",
      inputs: ["bom-nen.xlsx"],
      expect: { exit: 1, code: "tooLarge" },
    },
    { "bom-nen.xlsx": writeZip([...unzipFiles(base), { name: "xl/media/image1.png", data: bomb }]) },
  );
  add(
    {
      name: "zip-bomb-lying",
      description: "the same bomb with headers claiming the part is 1 KB",
      inputs: ["bom-nen-gia.xlsx"],
      expect: { exit: 1, code: "tooLarge" },
    },
    {
      "bom-nen-gia.xlsx": writeZip([
        ...unzipFiles(base),
        { name: "xl/media/image1.png", data: bomb, declaredSize: 1024 },
      ]),
    },
  );
  add(
    {
      name: "many-pictures",
      description:
        "a workbook carrying 263 small pictures and a thumbnail: a worst case of 230 MB if each part inflated 1 100 times, 1.1 MB in truth (read, not refused as a zip bomb)",
      inputs: ["nhieu-anh.xlsx"],
      expect: { exit: 0 },
    },
    {
      "nhieu-anh.xlsx": writeZip([
        ...unzipFiles(base),
        ...Array.from({ length: 263 }, (_, i) => ({
          name: `xl/media/image${i + 1}.png`,
          data: noise(800, i),
        })),
        { name: "docProps/thumbnail.jpeg", data: Buffer.alloc(900 * 1024, "thidua ") },
      ]),
    },
  );
  const manyEntries = Buffer.from(base);
  manyEntries.writeUInt16LE(60_000, manyEntries.length - 22 + 8);
  manyEntries.writeUInt16LE(60_000, manyEntries.length - 22 + 10);
  add(
    {
      name: "too-many-entries",
      description: "a zip whose directory claims 60 000 files",
      inputs: ["nhieu-tep.xlsx"],
      expect: { exit: 1, code: "tooLarge" },
    },
    { "nhieu-tep.xlsx": manyEntries },
  );
  add(
    {
      name: "million-rows",
      description: "a unit sheet with 1 048 576 formatted empty rows (exceljs would take 25 s and 800 MB)",
      inputs: ["trieu-dong.xlsx"],
      expect: { exit: 1, code: "tooLarge", sheet: "CA" },
    },
    { "trieu-dong.xlsx": onCa(insertBefore("</sheetData>", emptyRows(1_048_576 - 7))) },
  );
  add(
    {
      name: "many-strings",
      description: "900 000 shared strings (exceljs builds an object for each)",
      inputs: ["nhieu-chuoi.xlsx"],
      expect: { exit: 1, code: "tooLarge" },
    },
    {
      "nhieu-chuoi.xlsx": patch(
        base,
        { part: "xl/sharedStrings.xml" },
        insertBefore("</sst>", "<si><t>x</t></si>".repeat(900_000)),
      ),
    },
  );
  add(
    {
      name: "giant-merge",
      description: "a merged range over the whole sheet (exceljs creates every cell of it)",
      inputs: ["gop-ca-trang.xlsx"],
      expect: { exit: 1, code: "tooLarge", sheet: "CA" },
    },
    {
      "gop-ca-trang.xlsx": onCa(
        insertBefore("<pageMargins", '<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>'),
      ),
    },
  );
  const merges = Array.from({ length: 3_000 }, (_, i) => `<mergeCell ref="F${i + 20}:G${i + 20}"/>`).join("");
  add(
    {
      name: "many-merges",
      description: "3 000 merged ranges on one sheet (exceljs checks each against all others)",
      inputs: ["nhieu-o-gop.xlsx"],
      expect: { exit: 1, code: "tooLarge", sheet: "CA" },
    },
    {
      "nhieu-o-gop.xlsx": onCa(
        insertBefore("<pageMargins", `<mergeCells count="3000">${merges}</mergeCells>`),
      ),
    },
  );
  add(
    {
      name: "overlapping-merges",
      description: "two merged ranges that overlap (no spreadsheet program writes this)",
      inputs: ["o-gop-chong.xlsx"],
      expect: { exit: 1, code: "fileUnreadable" },
    },
    {
      "o-gop-chong.xlsx": onCa(
        insertBefore(
          "<pageMargins",
          '<mergeCells count="2"><mergeCell ref="F1:G2"/><mergeCell ref="G2:H3"/></mergeCells>',
        ),
      ),
    },
  );
  add(
    {
      name: "row-beyond-excel",
      description: "a row numbered 2 000 000 000 (past Excel's 1 048 576; exceljs would walk to it forever)",
      inputs: ["dong-xa.xlsx"],
      expect: { exit: 1, code: "fileUnreadable", sheet: "CA" },
    },
    {
      "dong-xa.xlsx": onCa(
        insertBefore(
          "</sheetData>",
          '<row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>x</t></is></c></row>',
        ),
      ),
    },
  );
  add(
    {
      name: "column-beyond-excel",
      description: "a cell in column ZZZZZ (past Excel's XFD)",
      inputs: ["cot-xa.xlsx"],
      expect: { exit: 1, code: "fileUnreadable", sheet: "CA" },
    },
    {
      "cot-xa.xlsx": onCa(
        insertBefore("</sheetData>", '<row r="20"><c r="ZZZZZ20" t="inlineStr"><is><t>x</t></is></c></row>'),
      ),
    },
  );
  add(
    {
      name: "broken-xml",
      description: "a sheet whose XML stops in the middle of a tag",
      inputs: ["xml-hong.xlsx"],
      expect: { exit: 1, code: "fileUnreadable" },
    },
    { "xml-hong.xlsx": onCa((xml) => xml.slice(0, xml.indexOf("</sheetData>")) + "<row r=") },
  );
  add(
    {
      name: "dangling-relationship",
      description: "a hyperlink pointing to a relationship that does not exist",
      inputs: ["lien-ket-hong.xlsx"],
      expect: { exit: 1, code: "fileUnreadable" },
    },
    {
      "lien-ket-hong.xlsx": onCa(
        insertBefore("<pageMargins", '<hyperlinks><hyperlink ref="A2" r:id="rId99"/></hyperlinks>'),
      ),
    },
  );

  add(
    {
      name: "sheet-id-huge",
      description: "a sheet listed with sheetId 2 000 000 000 (exceljs would walk an array to it for ever)",
      inputs: ["so-hieu-trang.xlsx"],
      expect: { exit: 1, code: "fileUnreadable", sheet: "BTL" },
    },
    {
      "so-hieu-trang.xlsx": patch(base, { part: "xl/workbook.xml" }, (xml) =>
        xml.replace(/(name="BTL"[^>]*sheetId=")\d+|(sheetId=")\d+("[^>]*name="BTL")/, (m, a, b, c) =>
          a !== undefined ? `${a}2000000000` : `${b}2000000000${c}`,
        ),
      ),
    },
  );
  add(
    {
      name: "duplicate-sheet-names",
      description: "two sheets named BTL and btl (no spreadsheet program allows it)",
      inputs: ["trang-trung-ten.xlsx"],
      expect: { exit: 1, code: "fileUnreadable", sheet: "btl" },
    },
    {
      "trang-trung-ten.xlsx": patch(base, { part: "xl/workbook.xml" }, (xml) =>
        xml.replace('name="BDBP"', 'name="btl"'),
      ),
    },
  );

  add(
    {
      name: "sheet-part-renamed",
      description:
        "the CA sheet stored as xl/data/ca.xml (the relationships allow any name) with a merged range over the whole sheet",
      inputs: ["trang-doi-ten.xlsx"],
      expect: { exit: 1, code: "tooLarge", sheet: "CA" },
    },
    {
      "trang-doi-ten.xlsx": (() => {
        const entries = unzipFiles(
          onCa(
            insertBefore(
              "<pageMargins",
              '<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>',
            ),
          ),
        );
        const part = sheetPart(entries, "CA");
        const sheet = entries.find((e) => e.name === part);
        const rels = entries.find((e) => e.name === "xl/_rels/workbook.xml.rels");
        if (!sheet || !rels) throw new Error("no CA part");
        sheet.name = "xl/data/ca.xml";
        rels.data = String(rels.data).replace(
          `Target="${part.replace(/^xl\//, "")}"`,
          'Target="data/ca.xml"',
        );
        return writeZip(entries);
      })(),
    },
  );
  const aliases = 900;
  add(
    {
      name: "sheets-sharing-a-part",
      description: `${aliases} sheet names all pointing to one 90 000-row part (a 27 KB file that would be read ${aliases} times)`,
      inputs: ["trang-trung-noi-dung.xlsx"],
      expect: { exit: 1, code: "fileUnreadable", sheet: "S1" },
    },
    {
      "trang-trung-noi-dung.xlsx": (() => {
        const entries = unzipFiles(onCa(insertBefore("</sheetData>", emptyRows(90_000))));
        const edit = (name: string, change: (xml: string) => string) => {
          const entry = entries.find((e) => e.name === name);
          if (!entry) throw new Error(`no ${name}`);
          entry.data = change(String(entry.data));
        };
        const caPart = sheetPart(entries, "CA").replace(/^xl\//, "");
        const range = Array.from({ length: aliases }, (_, i) => i + 1);
        edit("xl/workbook.xml", (xml) =>
          xml.replace(
            "</sheets>",
            `${range.map((i) => `<sheet name="S${i}" sheetId="${100 + i}" r:id="rIdS${i}"/>`).join("")}</sheets>`,
          ),
        );
        edit("xl/_rels/workbook.xml.rels", (xml) =>
          xml.replace(
            "</Relationships>",
            `${range.map((i) => `<Relationship Id="rIdS${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${caPart}"/>`).join("")}</Relationships>`,
          ),
        );
        return writeZip(entries);
      })(),
    },
  );
  add(
    {
      name: "shared-string-amplified",
      description: "one 2 MB shared string behind 15 000 cells: 30 billion characters from a small file",
      inputs: ["chuoi-nhan-ban.xlsx"],
      expect: { exit: 1, code: "tooLarge" },
    },
    {
      "chuoi-nhan-ban.xlsx": (() => {
        const index = KHOI_VIII_STRING_COUNT;
        const cells = Array.from(
          { length: 15_000 },
          (_, i) => `<row r="${i + 20}"><c r="F${i + 20}" t="s"><v>${index}</v></c></row>`,
        ).join("");
        return patch(
          patch(base, { part: "xl/sharedStrings.xml" }, (xml) =>
            xml.replace("</sst>", `<si><t>${"Đơn vị ".repeat(300_000)}</t></si></sst>`),
          ),
          { sheet: "CA" },
          insertBefore("</sheetData>", cells),
        );
      })(),
    },
  );

  // Claims that cost nothing: the file reads.
  add(
    {
      name: "dimension-million",
      description: "a sheet whose <dimension> claims A1:XFD1048576 (exceljs ignores it: harmless)",
      inputs: ["kich-thuoc-gia.xlsx"],
      expect: { exit: 0 },
    },
    {
      "kich-thuoc-gia.xlsx": onCa((xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      ),
    },
  );
  add(
    {
      name: "whole-sheet-validation",
      description:
        "a data validation over A1:XFD1048576 and a column style over all 16 384 columns (exceljs expands both; the reader skips them)",
      inputs: ["kiem-tra-ca-trang.xlsx"],
      expect: { exit: 0 },
    },
    {
      "kiem-tra-ca-trang.xlsx": onCa((xml) =>
        insertBefore(
          "<pageMargins",
          '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
        )(
          insertBefore(
            "<sheetData",
            '<cols><col min="1" max="16384" width="9" style="1" customWidth="1"/></cols>',
          )(xml),
        ),
      ),
    },
  );
  add(
    {
      name: "value-at-last-row",
      description:
        "a stray value at A1048576 (Ctrl+↓ then a keystroke): read, with a warning naming the cell",
      inputs: ["o-cuoi.xlsx"],
      expect: { exit: 0, warning: "rowsBeyondLimit" },
    },
    {
      "o-cuoi.xlsx": onCa(
        insertBefore(
          "</sheetData>",
          '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        ),
      ),
    },
  );
  add(
    {
      name: "points-at-last-row",
      description:
        "9,5 typed at D1048576, past the rows the reader reads: could be points, so an error naming the cell",
      inputs: ["diem-cuoi.xlsx"],
      expect: { exit: 1, code: "pointsBeyondLimit", sheet: "CA", cell: "D1048576" },
    },
    {
      "diem-cuoi.xlsx": onCa(
        insertBefore(
          "</sheetData>",
          '<row r="1048576"><c r="D1048576" t="inlineStr"><is><t>9,5</t></is></c></row>',
        ),
      ),
    },
  );

  // Cells a secretary (or a program) got wrong: errors naming the cells.
  add(
    {
      name: "formula-no-result",
      description: "scores written as formulas by a program, never calculated (no cached value)",
      inputs: ["cong-thuc.xlsx"],
      expect: { exit: 1, code: "formulaNoResult", sheet: "BTL", cell: "B2" },
    },
    {
      "cong-thuc.xlsx": await xlsx(
        blocSheets(KHOI_VIII, {
          scores: { BTL: { self: { "1.1": { formula: "30+8" }, "1.2": { formula: "SUM(E2:E3)" } } } },
        }),
      ),
    },
  );
  add(
    {
      name: "odd-numbers",
      description:
        "scores 1e309 and NaN stored as numbers, ∞ and 1e309 typed as text, a negative score and one far above the maximum",
      inputs: ["so-la.xlsx"],
      expect: { exit: 1, code: "numberExpected", sheet: "BTL", cell: "B2" },
    },
    {
      "so-la.xlsx": patch(
        await xlsx(
          blocSheets(KHOI_VIII, {
            scores: {
              BTL: { self: { "1.1": 11111, "1.2": 22222, "2.1": "∞", "2.2": "1e309" } },
              CA: { self: { "1.1": -5, "1.2": 1e300 } },
            },
          }),
        ),
        { sheet: "BTL" },
        (xml) => xml.replace("<v>11111</v>", "<v>1e309</v>").replace("<v>22222</v>", "<v>NaN</v>"),
      ),
    },
  );
  add(
    {
      name: "duplicate-and-empty-codes",
      description: "two units with the code CA and a unit without a code",
      inputs: ["ma-trung.xlsx"],
      expect: { exit: 1, code: "duplicateUnitCode", sheet: "Đơn vị" },
    },
    {
      "ma-trung.xlsx": await xlsx(
        blocSheets(KHOI_VIII, {
          units: {
            rows: [
              [1, "BTL", "Bộ Tư lệnh Thành phố", "Hoàn thành xuất sắc nhiệm vụ"],
              [2, "CA", "Bộ Chỉ huy Bộ đội Biên phòng Thành phố", "Hoàn thành xuất sắc nhiệm vụ"],
              [3, "CA", "Công an Thành phố", "Hoàn thành tốt nhiệm vụ"],
              [4, null, "Đơn vị chưa có mã", "Hoàn thành tốt nhiệm vụ"],
            ],
          },
        }),
      ),
    },
  );

  const crowd: BlocData = {
    ...KHOI_VIII,
    units: Array.from({ length: 1_200 }, (_, i) => ({
      code: `DV${i + 1}`,
      name: `Đơn vị số ${i + 1}`,
      rating: "Hoàn thành tốt nhiệm vụ",
    })),
    info: KHOI_VIII.info.map(([k, v]): [string, (typeof KHOI_VIII.info)[number][1]] =>
      k === "Khối trưởng" ? [k, "DV1"] : k === "Khối phó" ? [k, "DV2"] : [k, v],
    ),
    scores: Object.fromEntries(
      Array.from({ length: 1_200 }, (_, i) => [`DV${i + 1}`, KHOI_VIII.scores.BTL ?? {}]),
    ),
  };
  add(
    {
      name: "too-many-units",
      description: "1 200 units (a sheet pasted by mistake): refused before ranking and documents",
      inputs: ["qua-nhieu-don-vi.xlsx"],
      expect: { exit: 1, code: "tableTooLong", sheet: "Đơn vị" },
    },
    {
      "qua-nhieu-don-vi.xlsx": await xlsx([
        infoSheet(crowd),
        unitsSheet(crowd),
        criteriaSheet(crowd),
        matrixSheet(crowd),
      ]),
    },
  );

  // Values that look like paths or templates: used as data only.
  const pathCodes: BlocData = {
    ...CUM_02,
    units: [
      { code: "../../x", name: "Đơn vị ../../x", rating: "Hoàn thành xuất sắc nhiệm vụ" },
      { code: "/etc/passwd", name: "Đơn vị /etc/passwd", rating: "Hoàn thành xuất sắc nhiệm vụ" },
      { code: "..\\..\\y", name: "Đơn vị ..\\..\\y", rating: "Hoàn thành tốt nhiệm vụ" },
    ],
    info: CUM_02.info.map(([k, v]): [string, (typeof CUM_02.info)[number][1]] =>
      k === "Cụm trưởng"
        ? [k, "../../x"]
        : k === "Cụm phó"
          ? [k, "/etc/passwd"]
          : k === "Tên khối"
            ? [k, "../../Cụm thi đua/số 02"]
            : [k, v],
    ),
    scores: {
      "../../x": CUM_02.scores.BQL ?? {},
      "/etc/passwd": CUM_02.scores["DUK-CQ"] ?? {},
      "..\\..\\y": CUM_02.scores.LHP ?? {},
    },
  };
  add(
    {
      name: "codes-like-paths",
      description:
        "unit codes ../../x, /etc/passwd and ..\\..\\y and a bloc name with slashes: documents are named by slugs, inside the output folder only",
      inputs: ["ma-duong-dan.xlsx"],
      out: "default",
      expect: { exit: 0, documentsContain: ["../../x", "/etc/passwd"] },
    },
    {
      "ma-duong-dan.xlsx": await xlsx([
        infoSheet(pathCodes),
        unitsSheet(pathCodes),
        criteriaSheet(pathCodes),
        matrixSheet(pathCodes),
      ]),
    },
  );
  const mustache = "{{#each units}}{{name}}{{/each}}";
  const prototype = "{{constructor.constructor 'return process.exit(9)'}}";
  const markup = "</p><p>chèn</p><table><tr><td>x</td></tr></table>";
  const templated: BlocData = {
    ...KHOI_VIII,
    units: KHOI_VIII.units.map((u, i) =>
      i === 0
        ? { ...u, name: `Đơn vị ${mustache}` }
        : i === 1
          ? { ...u, name: `Đơn vị ${prototype}` }
          : { ...u, name: `Đơn vị ${markup}` },
    ),
    info: [...KHOI_VIII.info, ["Người ký", "{{> header-block}}"], ["Chức vụ người ký", "{{{bloc.name}}}"]],
  };
  add(
    {
      name: "values-like-templates",
      description:
        "unit names and the signer holding Handlebars ({{#each}}, a prototype call, a partial) and document markup: printed literally, never evaluated",
      inputs: ["ngoac-nhon.xlsx"],
      expect: { exit: 0, documentsContain: [mustache, prototype, markup, "{{> header-block}}"] },
    },
    { "ngoac-nhon.xlsx": await xlsx(blocSheets(templated)) },
  );

  // Rules, templates and outputs: exit 2.
  add(
    {
      name: "rules-wrong-types",
      description: "a --rules JSON file with values of the wrong type",
      inputs: ["khoi.xlsx"],
      args: ["--rules", "{files}/quy-tac-sai-kieu.json"],
      expect: { exit: 2, code: "invalidRulesValue", file: "quy-tac-sai-kieu.json" },
    },
    {
      "khoi.xlsx": base,
      "quy-tac-sai-kieu.json": `${JSON.stringify({ flag: { count: "hai" }, voteThreshold: true, tieBreakers: 5 }, null, 2)}\n`,
    },
  );
  add(
    {
      name: "rules-not-json",
      description: "a --rules file that is not JSON (cut off)",
      inputs: ["khoi.xlsx"],
      args: ["--rules", "{files}/quy-tac-hong.json"],
      expect: { exit: 2, code: "rulesFileInvalid", file: "quy-tac-hong.json" },
    },
    { "quy-tac-hong.json": '{ "flag": { "count": 1 },\n  "voteThreshold": ' },
  );
  add({
    name: "rules-endless",
    description: "--rules /dev/zero: a file that never ends",
    inputs: ["khoi.xlsx"],
    args: ["--rules", "/dev/zero"],
    expect: { exit: 2, code: "fileUnreadable", file: "/dev/zero" },
  });
  add(
    {
      name: "broken-template",
      description: "a --templates folder whose report template leaves {{#each}} open",
      inputs: ["khoi.xlsx"],
      args: ["--templates", "{files}/mau-hong"],
      commands: ["summarize"],
      expect: { exit: 2, messageContains: "bao-cao-tong-ket.hbs:3:" },
    },
    {
      "mau-hong/bao-cao-tong-ket.hbs":
        "<document>\n<title>BÁO CÁO</title>\n{{#each members}}\n<p>{{name}}</p>\n</document>\n",
    },
  );
  add({
    name: "out-is-a-file",
    description: "-o names an existing file",
    inputs: ["khoi.xlsx"],
    commands: ["summarize"],
    out: "file",
    expect: { exit: 2 },
  });
  add({
    name: "out-read-only",
    description:
      "-o into a read-only file system (as root: a read-only tmpfs; else a folder without write permission)",
    inputs: ["khoi.xlsx"],
    commands: ["summarize"],
    out: "readonly",
    expect: { exit: 2 },
  });
  add({
    name: "out-disk-full",
    description:
      "-o into a 16 KB tmpfs: the disk fills up while writing (skipped where tmpfs cannot be mounted)",
    inputs: ["khoi.xlsx"],
    commands: ["summarize"],
    out: "full",
    expect: { exit: 2, messageContains: "ổ đĩa đã đầy" },
  });

  // Paths that are not workbooks.
  add({
    name: "missing",
    description: "a file that does not exist",
    inputs: ["khong-co.xlsx"],
    expect: { exit: 1, code: "fileNotFound" },
  });
  add({
    name: "device",
    description: "/dev/zero, which would be read forever",
    inputs: ["/dev/zero"],
    expect: { exit: 1, code: "fileUnreadable", file: "/dev/zero" },
  });
  add({
    name: "unit-workbook-is-a-picture",
    description: "a good bloc workbook followed by a unit workbook that is a PNG",
    inputs: ["khoi.xlsx", "anh-chup.xlsx"],
    expect: { exit: 1, code: "notXlsx", file: "anh-chup.xlsx" },
  });
}

await build();
await rm(FILES, { recursive: true, force: true });
for (const [name, data] of files) {
  const path = join(FILES, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}
await writeFile(join(HOSTILE, "manifest.json"), `${JSON.stringify(cases, null, 2)}\n`);
console.log(`${cases.length} hostile cases, ${files.size} files written to test/hostile/`);
