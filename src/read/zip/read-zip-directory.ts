/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is a method the xlsx reader cannot open. */
  method: number;
  /** General-purpose flags; bit 0 means the entry itself is encrypted. */
  flags: number;
  compressedSize: number;
  /** The size the archive claims the entry inflates to: checked against the real one before use. */
  uncompressedSize: number;
  /** Offset of the entry's compressed bytes in the archive (after its local header). */
  dataOffset: number;
}

/** The archive's entries, or why the bytes are not a readable zip archive. */
export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: "corrupt"; detail: string }
  | { ok: false; problem: "tooManyEntries"; count: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

class Corrupt extends Error {}

function u16(bytes: Buffer, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw new Corrupt(`byte ${at} is past the end`);
  return bytes.readUInt16LE(at);
}

function u32(bytes: Buffer, at: number): number {
  if (at < 0 || at + 4 > bytes.length) throw new Corrupt(`byte ${at} is past the end`);
  return bytes.readUInt32LE(at);
}

function u64(bytes: Buffer, at: number): number {
  if (at < 0 || at + 8 > bytes.length) throw new Corrupt(`byte ${at} is past the end`);
  const value = bytes.readBigUInt64LE(at);
  // Anything past 2^53 cannot be an offset or size in a buffer we hold.
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt(`64-bit field at ${at} is absurd`);
  return Number(value);
}

/** The end-of-central-directory record: the last 22 bytes, or earlier if the archive has a comment. */
function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new Corrupt("end of central directory not found");
}

interface Directory {
  count: number;
  size: number;
  offset: number;
  /** Where the central directory must end: the (zip64) end record. */
  end: number;
}

function readEndRecord(bytes: Buffer): Directory {
  const eocd = findEndRecord(bytes);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0) throw new Corrupt("multi-volume archive");
  const directory: Directory = {
    count: u16(bytes, eocd + 10),
    size: u32(bytes, eocd + 12),
    offset: u32(bytes, eocd + 16),
    end: eocd,
  };
  const zip64 =
    directory.count === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
  if (!zip64 || eocd < 20 || u32(bytes, eocd - 20) !== ZIP64_LOCATOR) return directory;
  // Some writers use zip64 records even for small files; read the real values from them.
  const record = u64(bytes, eocd - 20 + 8);
  if (u32(bytes, record) !== ZIP64_EOCD) throw new Corrupt("zip64 end record not found");
  return {
    count: u64(bytes, record + 32),
    size: u64(bytes, record + 40),
    offset: u64(bytes, record + 48),
    end: record,
  };
}

/** Values a zip64 extra field replaces, in the order the format stores them. */
function zip64Values(bytes: Buffer, start: number, length: number, wanted: number): number[] {
  for (let at = start; at + 4 <= start + length;) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= size; i++) values.push(u64(bytes, at + 4 + 8 * i));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/**
 * Reads a zip archive's central directory with plain Buffer reads, never inflating anything, so
 * that a truncated, corrupt or hostile archive is recognised before any of its entries is inflated.
 * `maxEntries` is checked before the entries are read: the count alone can be a denial of service.
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectory {
  try {
    const dir = readEndRecord(bytes);
    if (dir.count > maxEntries) return { ok: false, problem: "tooManyEntries", count: dir.count };
    // Bytes prepended to the archive (a self-extractor stub) shift every offset by the same amount.
    const shift = dir.end - dir.size - dir.offset;
    if (shift < 0) throw new Corrupt("central directory overlaps its end record");
    const entries: ZipEntry[] = [];
    let at = dir.offset + shift;
    for (let i = 0; i < dir.count; i++) {
      if (u32(bytes, at) !== CENTRAL) throw new Corrupt(`central directory entry ${i} is damaged`);
      const flags = u16(bytes, at + 8);
      const method = u16(bytes, at + 10);
      let compressedSize = u32(bytes, at + 20);
      let uncompressedSize = u32(bytes, at + 24);
      const nameLength = u16(bytes, at + 28);
      const extraLength = u16(bytes, at + 30);
      const commentLength = u16(bytes, at + 32);
      let localOffset = u32(bytes, at + 42);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd > bytes.length) throw new Corrupt(`entry ${i} name is past the end`);
      const name = bytes.toString(flags & 0x0800 ? "utf8" : "latin1", at + 46, nameEnd);
      const wide = [uncompressedSize, compressedSize, localOffset].filter((v) => v === 0xffffffff).length;
      if (wide > 0) {
        const values = zip64Values(bytes, nameEnd, extraLength, 3);
        if (uncompressedSize === 0xffffffff) uncompressedSize = values.shift() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = values.shift() ?? compressedSize;
        if (localOffset === 0xffffffff) localOffset = values.shift() ?? localOffset;
      }
      const local = localOffset + shift;
      if (u32(bytes, local) !== LOCAL) throw new Corrupt(`local header of ${name} is damaged`);
      const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      if (dataOffset + compressedSize > bytes.length) throw new Corrupt(`${name} is cut off`);
      entries.push({ name, method, flags, compressedSize, uncompressedSize, dataOffset });
      at = nameEnd + extraLength + commentLength;
    }
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, problem: "corrupt", detail: error.message };
    throw error;
  }
}
