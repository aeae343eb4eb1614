import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./read-zip-directory.js";

/** How an entry inflated: its real size, or why it could not be (too big for `limit`, or damaged). */
export type Inflated =
  | { ok: true; size: number; /** The whole entry, when it was inflated in one piece. */ whole?: Buffer }
  | { ok: false; problem: "overLimit" }
  | { ok: false; problem: "corrupt"; detail: string };

/** Entries this small are inflated in one call; anything bigger, or lying about its size, is streamed. */
const SMALL = 1 << 20;

/**
 * Inflates one entry chunk by chunk, handing each chunk to `onChunk` and keeping none, and stops as
 * soon as more than `limit` bytes came out: a zip bomb is measured, never held in memory, and its
 * headers are not trusted (the real size is what counts).
 */
export async function inflateEntry(
  bytes: Buffer,
  entry: ZipEntry,
  limit: number,
  onChunk: (chunk: Buffer) => void,
): Promise<Inflated> {
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > limit) return { ok: false, problem: "overLimit" };
    onChunk(compressed);
    return { ok: true, size: compressed.length, whole: compressed };
  }
  if (entry.uncompressedSize <= SMALL && compressed.length <= SMALL) {
    try {
      const out = inflateRawSync(compressed, { maxOutputLength: Math.min(limit, SMALL) + 1 });
      if (out.length > limit) return { ok: false, problem: "overLimit" };
      onChunk(out);
      return { ok: true, size: out.length, whole: out };
    } catch (error) {
      // Past the one-call size: the entry lies about its size; measure it by streaming below.
      if (!(error instanceof RangeError))
        return { ok: false, problem: "corrupt", detail: (error as Error).message };
    }
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(compressed);
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) return { ok: false, problem: "overLimit" };
      onChunk(chunk);
    }
  } catch (error) {
    return { ok: false, problem: "corrupt", detail: (error as Error).message };
  } finally {
    inflate.destroy();
  }
  return { ok: true, size };
}
