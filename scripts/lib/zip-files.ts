/**
 * The archives the generators and tests take apart or patch, read with the product's own zip reader
 * (src/read/zip), so that no script walks a zip's records by hand but here.
 */
import { inflateRawSync } from "node:zlib";
import { readZipDirectory } from "../../src/read/zip/read-zip-directory.js";
import type { ZipFile } from "../../src/write/zip/write-zip.js";

/** Every file of an archive, inflated, in the archive's order; folders left out. */
export function unzipFiles(bytes: Buffer): ZipFile[] {
  const directory = readZipDirectory(bytes, 100_000);
  if (!directory.ok) throw new Error("not a zip archive");
  return directory.entries
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => {
      const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      return { name: e.name, data: e.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
    });
}

/**
 * Calls `patch` with the offsets of each entry's central directory record and local header, in the
 * archive's order, for rewriting a field of both in place (a time, a size, a flag).
 */
export function forEachZipHeader(
  zip: Buffer,
  patch: (central: number, local: number, index: number) => void,
): void {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip archive: end of central directory not found");
  const count = zip.readUInt16LE(eocd + 10);
  let central = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(central) !== 0x02014b50)
      throw new Error(`bad central directory entry at ${central}`);
    const local = zip.readUInt32LE(central + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    patch(central, local, i);
    central +=
      46 + zip.readUInt16LE(central + 28) + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32);
  }
}
