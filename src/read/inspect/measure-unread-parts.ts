import type { ZipEntry } from "../zip/read-zip-directory.js";
import { inflateEntry } from "../zip/inflate-entry.js";
import type { WorkbookLimits } from "./workbook-limits.js";
import type { ZipRefusal } from "./zip-refusal.js";
import { DAMAGED, refuse } from "./zip-refusal.js";
import { tooBig } from "./measure-read-parts.js";

/** Deflate never expands more than about 1 032 : 1; rounded up. */
const MAX_DEFLATE_RATIO = 1_100;

/** The most an entry can inflate to, whatever its header says. */
const worstCase = (entry: ZipEntry): number =>
  entry.method === 0 ? entry.compressedSize : entry.compressedSize * MAX_DEFLATE_RATIO;

/**
 * The zip bomb budget over the parts the reader never opens (pictures, theme, document properties):
 * what counts is what they really inflate to. A part whose worst case fits what is left of the budget
 * cannot break it and is not inflated (inflating every part of every file was half of reading a
 * bloc); while the worst cases do not fit, the largest part is inflated, in a stream and kept
 * nowhere, and its real size replaces its worst case. So a file of 263 small pictures (a worst case
 * of 280 MB, 2.3 MB in truth) is read, and a 210 KB part of zeros that inflates to 210 MB is refused.
 * `inflatedBytes`: the real size of the parts already measured.
 */
export async function measureUnreadParts(
  bytes: Buffer,
  unread: readonly ZipEntry[],
  inflatedBytes: number,
  limits: WorkbookLimits,
): Promise<ZipRefusal | null> {
  const largestFirst = [...unread].sort((a, b) => worstCase(b) - worstCase(a));
  let bound = largestFirst.reduce((sum, e) => sum + worstCase(e), 0);
  let real = inflatedBytes;
  for (const entry of largestFirst) {
    if (real + bound <= limits.uncompressedBytes) return null;
    bound -= worstCase(entry);
    const result = await inflateEntry(bytes, entry, limits.uncompressedBytes - real, () => {});
    if (!result.ok)
      return result.problem === "overLimit" ? tooBig(limits) : refuse("fileUnreadable", { reason: DAMAGED });
    if (result.size !== entry.uncompressedSize) return refuse("fileUnreadable", { reason: DAMAGED });
    real += result.size;
  }
  return real + bound <= limits.uncompressedBytes ? null : tooBig(limits);
}
