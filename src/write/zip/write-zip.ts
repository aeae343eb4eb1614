import * as zlib from "node:zlib";
import { crc32 } from "./crc32.js";

/*
 * A minimal ZIP writer for the packages thidua writes (.docx, .xlsx) and for the archives the tests
 * and the hostile corpus build: deflated (or stored) entries, a central directory and its end
 * record; no ZIP64 (a document stays far below 4 GB), no data descriptors. Every entry carries the
 * same DOS timestamp (1980-01-01 00:00), so the same parts give byte-identical files.
 */

const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01

/** A file of an archive; `fixed` when its text is the same in every archive (a package's fixed parts). */
export interface ZipFile {
  name: string;
  data: string | Buffer;
  fixed?: boolean;
  /**
   * 8 deflated, 0 stored. By default a part of up to `STORE_UP_TO` bytes is stored, a larger one
   * deflated; 0 for an OpenDocument `mimetype` entry or a test's archive.
   */
  method?: 0 | 8;
}

/**
 * Parts this small are stored as they are: setting up a zlib stream costs about 0.4 ms whatever
 * the size, a tenth of a summarize's writing for parts of a few hundred bytes, and deflating them
 * would save a kilobyte or two per document.
 */
export const STORE_UP_TO = 4096;

interface Packed {
  method: 0 | 8;
  compressed: Buffer;
  crc: number;
  size: number;
}

// Fixed parts packed once per process: a batch writes the same parts thousands of times.
const packedFixed = new Map<string, Packed>();

function pack(raw: Buffer, method: 0 | 8): Packed {
  const compressed = method === 0 ? raw : zlib.deflateRawSync(raw);
  return { method, compressed, crc: crc32(raw), size: raw.length };
}

function packFile(file: ZipFile): Packed {
  const key =
    file.fixed === true && file.method === undefined && typeof file.data === "string" ? file.data : null;
  const known = key === null ? undefined : packedFixed.get(key);
  if (known !== undefined) return known;
  const raw = typeof file.data === "string" ? Buffer.from(file.data, "utf8") : file.data;
  const packed = pack(raw, file.method ?? (raw.length <= STORE_UP_TO ? 0 : 8));
  if (key !== null) packedFixed.set(key, packed);
  return packed;
}

/** A ZIP archive of the given files (name → content), in the order given. */
export function writeZip(files: readonly ZipFile[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const { method, compressed, crc, size } = packFile(file);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    // extra, comment, disk number, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, compressed);
    central.push(entry, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
