import { readFile } from "node:fs/promises";

/** How a bloc's `ket-qua.json` compares with the one already in its folder. */
export type ResultFileState = "missing" | "same" | "files" | "differ";

/** The result without its `files` list; null for text that is no JSON object. */
function withoutFiles(text: string): string | null {
  try {
    const json = JSON.parse(text) as unknown;
    if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
    return JSON.stringify({ ...json, files: [] });
  } catch {
    return null;
  }
}

/**
 * `ket-qua.json` against the file at its path: `same` bytes; `files` when only its list of written
 * files differs (the same result, with PDFs added or gone: a batch run again with `--pdf` completes the
 * bloc rather than calling it changed); `differ` otherwise; `missing` when there is none.
 */
export async function compareResultFile(path: string, data: Uint8Array): Promise<ResultFileState> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return "missing";
  if (Buffer.compare(bytes, data) === 0) return "same";
  const before = withoutFiles(bytes.toString("utf8"));
  return before !== null && before === withoutFiles(Buffer.from(data).toString("utf8")) ? "files" : "differ";
}
