/**
 * Zip archives for the hostile corpus and the reader's tests, written by thidua's own zip writer
 * (src/write/zip/write-zip.ts) and then, where asked, made to lie: a size that is not the real one, an
 * entry marked encrypted. No honest writer does either; the reader's zip defences are tested on both.
 */
import type { ZipFile } from "../../src/write/zip/write-zip.js";
import { writeZip } from "../../src/write/zip/write-zip.js";
import { forEachZipHeader } from "./zip-files.js";

/** One file of the archive. */
export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size to write in the headers instead of the real one (a lying zip bomb). */
  declaredSize?: number;
  /** General-purpose flags added to the headers' (UTF-8 names); bit 0 marks the entry as encrypted. */
  flags?: number;
}

/** Writes the archive, then overwrites the declared size and flags of the entries that ask for it. */
export function writeTestZip(inputs: readonly ZipInput[]): Buffer {
  const files: ZipFile[] = inputs.map((i) => ({ name: i.name, data: i.data, method: i.method ?? 8 }));
  const zip = writeZip(files);
  forEachZipHeader(zip, (central, local, i) => {
    const input = inputs[i];
    if (input?.declaredSize !== undefined) {
      zip.writeUInt32LE(input.declaredSize, central + 24);
      zip.writeUInt32LE(input.declaredSize, local + 22);
    }
    if (input?.flags !== undefined) {
      zip.writeUInt16LE(zip.readUInt16LE(central + 8) | input.flags, central + 8);
      zip.writeUInt16LE(zip.readUInt16LE(local + 6) | input.flags, local + 6);
    }
  });
  return zip;
}
