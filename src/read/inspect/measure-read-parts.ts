import type { ZipEntry } from "../zip/read-zip-directory.js";
import { inflateEntry } from "../zip/inflate-entry.js";
import { partKey } from "../package/part-names.js";
import type { PartCounts } from "./count-part-tags.js";
import { COUNTED, countPartTags, noCounts } from "./count-part-tags.js";
import type { WorkbookLimits } from "./workbook-limits.js";
import type { ZipRefusal } from "./zip-refusal.js";
import { DAMAGED, count, megabytes, refuse } from "./zip-refusal.js";

/**
 * The parts inflated while measuring, by part key, so the reader need not inflate them again. Parts
 * streamed in pieces (large or lying about their size) are not kept, nor any past `KEEP_BYTES` in
 * all: the reader inflates those itself.
 */
export type InflatedParts = ReadonlyMap<string, Buffer>;
const KEEP_BYTES = 32 * 1024 * 1024;

/** The read parts measured: their real size in all, and those kept inflated. */
export interface ReadPartsMeasured {
  ok: true;
  inflatedBytes: number;
  parts: InflatedParts;
}

export function tooBig(limits: WorkbookLimits): ZipRefusal {
  return refuse("tooLarge", {
    found: `giải nén ra hơn ${megabytes(limits.uncompressedBytes)}`,
    limit: megabytes(limits.uncompressedBytes),
  });
}

/** The first limit the counts pass, as a refusal naming the sheet when that part alone passes it. */
function overLimit(
  part: PartCounts,
  total: PartCounts,
  limits: WorkbookLimits,
  name: string,
  sheet: string | undefined,
): ZipRefusal | null {
  if (part.merges > limits.mergesPerSheet) {
    return refuse(
      "tooLarge",
      {
        found: `${count(part.merges)} vùng ô gộp`,
        limit: `${count(limits.mergesPerSheet)} vùng mỗi trang tính`,
      },
      sheet,
    );
  }
  const checks = [
    ["rows", "dòng (kể cả dòng trống có định dạng)", "dòng"],
    ["cells", "ô", "ô"],
    ["mergedCells", "ô nằm trong các vùng gộp", "ô"],
    ["elements", `phần tử XML${sheet !== undefined ? "" : ` trong ${name}`}`, "phần tử"],
  ] as const;
  for (const [key, what, unit] of checks) {
    if (total[key] <= limits[key]) continue;
    const alone = part[key] > limits[key];
    return refuse(
      "tooLarge",
      { found: `${count(alone ? part[key] : total[key])} ${what}`, limit: `${count(limits[key])} ${unit}` },
      alone ? sheet : undefined,
    );
  }
  return null;
}

/**
 * Inflates every part the reader opens, in a stream, never trusting the sizes in the headers, and
 * counts what the reader would build from it (rows, cells, merged ranges, elements): a part that
 * would cost too much time or memory is refused before it is parsed. `sheetNames` gives the sheet
 * shown for each worksheet part (by key); `inflated` holds the parts already read whole.
 */
export async function measureReadParts(
  bytes: Buffer,
  read: readonly ZipEntry[],
  sheetNames: ReadonlyMap<string, string>,
  inflated: ReadonlyMap<ZipEntry, Buffer>,
  limits: WorkbookLimits,
): Promise<ReadPartsMeasured | ZipRefusal> {
  const total = noCounts();
  const parts = new Map<string, Buffer>();
  let inflatedBytes = 0;
  let keptBytes = 0;
  for (const entry of read) {
    const key = partKey(entry.name);
    const sheet = sheetNames.get(key);
    const counter = countPartTags(sheet !== undefined);
    const early = inflated.get(entry);
    if (early !== undefined) counter.reader.push(early);
    const result =
      early !== undefined
        ? { ok: true as const, size: early.length, whole: early }
        : await inflateEntry(bytes, entry, limits.uncompressedBytes - inflatedBytes, (chunk) =>
            counter.reader.push(chunk),
          );
    if (!result.ok)
      return result.problem === "overLimit" ? tooBig(limits) : refuse("fileUnreadable", { reason: DAMAGED });
    // A size that differs from the header marks a damaged entry (unzip tools refuse it too).
    if (result.size !== entry.uncompressedSize) return refuse("fileUnreadable", { reason: DAMAGED });
    inflatedBytes += result.size;
    if (result.whole && keptBytes + result.size <= KEEP_BYTES) {
      parts.set(key, result.whole);
      keptBytes += result.size;
    }
    // XML that stops mid-tag would otherwise be read as a shorter sheet.
    if (counter.reader.cutOff()) {
      const what = sheet === undefined ? `phần ${entry.name} bị cắt cụt` : "nội dung trang tính bị cắt cụt";
      return refuse("fileUnreadable", { reason: `${DAMAGED} (${what})` }, sheet);
    }
    const bad = counter.badAddress();
    if (bad !== null) {
      return refuse(
        "fileUnreadable",
        { reason: `địa chỉ ô không hợp lệ (${bad}, Excel chỉ có 1.048.576 dòng và 16.384 cột)` },
        sheet,
      );
    }
    for (const k of COUNTED) total[k] += counter.counts[k];
    const problem = overLimit(counter.counts, total, limits, entry.name, sheet);
    if (problem !== null) return problem;
  }
  return { ok: true, inflatedBytes, parts };
}
