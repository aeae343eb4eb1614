import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "../../src/read/zip/read-zip-directory.js";
import { STORE_UP_TO, writeZip } from "../../src/write/zip/write-zip.js";

/** Each entry of an archive: its name, method and text as an unzip tool reads it. */
function unzip(zip: Buffer): Array<{ name: string; method: number; text: string }> {
  const dir = readZipDirectory(zip, 100);
  if (!dir.ok) throw new Error(dir.problem);
  return dir.entries.map((e) => {
    const data = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return {
      name: e.name,
      method: e.method,
      text: (e.method === 8 ? inflateRawSync(data) : data).toString("utf8"),
    };
  });
}

describe("writeZip", () => {
  const small = `<w:styles>${"đ".repeat((STORE_UP_TO - 22) / 2)}a</w:styles>`; // STORE_UP_TO bytes in UTF-8
  const large = `<w:document>${"Điểm thi đua ".repeat(400)}</w:document>`;

  it("stores parts of up to STORE_UP_TO bytes and deflates larger ones, fixed or not, each read back whole", () => {
    expect(Buffer.byteLength(small)).toBe(STORE_UP_TO);
    const files = [
      { name: "word/styles.xml", data: small, fixed: true },
      { name: "docProps/core.xml", data: `${small}x` },
      { name: "word/document.xml", data: large },
      { name: "word/header1.xml", data: large, fixed: true },
    ];
    const entries = unzip(writeZip(files));
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["word/styles.xml", 0],
      ["docProps/core.xml", 8],
      ["word/document.xml", 8],
      ["word/header1.xml", 8],
    ]);
    expect(entries.map((e) => e.text)).toEqual(files.map((f) => f.data));
    // A fixed part packed once is the same bytes in the next archive.
    expect(writeZip(files).equals(writeZip(files))).toBe(true);
  });

  it("keeps the method a caller asks for", () => {
    const entries = unzip(
      writeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet".repeat(100), method: 0 },
        { name: "a.xml", data: "<a/>", method: 8 },
      ]),
    );
    expect(entries.map((e) => e.method)).toEqual([0, 8]);
    expect(entries[1]?.text).toBe("<a/>");
  });
});
