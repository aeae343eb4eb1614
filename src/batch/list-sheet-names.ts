import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";

/** Bytes of the zip's end record plus its longest possible comment. */
const END_SEARCH = 22 + 0xffff;
/** A workbook.xml larger than this is not a bloc's: refuse to inflate it (a zip bomb stays harmless). */
const MAX_WORKBOOK_XML = 4 * 1024 * 1024;
/** Central directories larger than this are not worth reading for a sniff. */
const MAX_DIRECTORY = 8 * 1024 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(buffer: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count && at + 46 <= buffer.length; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    entries.push({
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
      name: buffer.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The sheet names of an .xlsx file, read from `xl/workbook.xml` without loading the workbook: batch
 * discovery uses it to tell a bloc workbook (it has a `Thông tin` sheet) from a unit's, and a full
 * exceljs load of every file of a province would cost seconds. Null when the file is not a readable
 * zip (the bloc's own run then reports why).
 */
export async function listSheetNames(file: string): Promise<string[] | null> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, END_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length) return null;
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // Zip64 markers (0xFFFFFFFF) or a directory past the end: not a workbook we can sniff.
    if (directorySize > MAX_DIRECTORY || directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entry = readDirectory(directory, count).find((e) => /^xl\/workbook\d*\.xml$/i.test(e.name));
    if (!entry || entry.size > MAX_WORKBOOK_XML || entry.compressedSize > MAX_WORKBOOK_XML) return null;
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localOffset);
    if (header.readUInt32LE(0) !== 0x04034b50) return null;
    const dataOffset = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = Buffer.alloc(entry.compressedSize);
    await handle.read(data, 0, entry.compressedSize, dataOffset);
    let xml: string;
    if (entry.method === 0) xml = data.toString("utf8");
    else if (entry.method === 8)
      xml = inflateRawSync(data, { maxOutputLength: MAX_WORKBOOK_XML }).toString("utf8");
    else return null;
    return [...xml.matchAll(/<(?:[\w-]+:)?sheet\b[^>]*?\bname\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) =>
      decodeXml(m[2] ?? m[3] ?? ""),
    );
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
