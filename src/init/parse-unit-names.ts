import { normalizeName } from "../validate/normalize-name.js";

/** The unit names of a `--units` file, and the lines dropped as repeats of an earlier name. */
export interface UnitNames {
  names: string[];
  duplicates: { line: number; name: string }[];
}

/**
 * Reads a `--units` text: one unit name per line, UTF-8 with or without BOM, LF or CRLF. Blank lines
 * are skipped, white space is tidied, and a name repeated (matched as workbook.md matches names) is
 * kept once: a bloc cannot hold the same unit twice.
 */
export function parseUnitNames(text: string): UnitNames {
  const names: string[] = [];
  const duplicates: { line: number; name: string }[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const name = raw
      .normalize("NFC")
      .replace(/[\s\u00a0\uFEFF]+/g, " ")
      .trim();
    if (name === "") return;
    const key = normalizeName(name);
    if (seen.has(key)) {
      duplicates.push({ line: index + 1, name });
      return;
    }
    seen.add(key);
    names.push(name);
  });
  return { names, duplicates };
}
