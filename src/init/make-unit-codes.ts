import { normalizeName } from "../validate/normalize-name.js";
import { stripDiacritics } from "./strip-diacritics.js";
import { BLOC_SHEETS } from "../validate/bloc-sheets.js";

/**
 * Small words left out of an abbreviation (`Ban Quản lý các khu…` → BQLK…, not BQLCK…), compared
 * with their diacritics: `tại` is skipped, `Tài` (chính) is not.
 */
const SKIPPED_WORDS = new Set(["các", "và", "của", "thuộc", "tại"]);
const MAX_CODE_LENGTH = 10;

/** Sheet names a code must not take: the bloc's own sheets, as the reader knows them (workbook.md). */
const RESERVED = new Set<string>(Object.values(BLOC_SHEETS).flat().map(normalizeName));

/**
 * Short unique ASCII codes for unit names: the initials of the words (an acronym such as UBND or a
 * number is kept whole), upper case, at most 10 characters, then `-2`, `-3`… for repeats. They are
 * safe as sheet names and file names: letters, digits and `-` only.
 */
export function makeUnitCodes(names: readonly string[]): string[] {
  const taken = new Set<string>(RESERVED);
  return names.map((name) => {
    const base = abbreviate(name) || "DV";
    let code = base;
    for (let n = 2; taken.has(normalizeName(code)); n++) code = `${base}-${n}`;
    taken.add(normalizeName(code));
    return code;
  });
}

function abbreviate(name: string): string {
  const words = name
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !SKIPPED_WORDS.has(w.toLowerCase()))
    .map((w) => stripDiacritics(w).replace(/[^A-Za-z0-9]/g, ""))
    .filter((w) => w !== "");
  const parts = words.map((w) =>
    /^[0-9]+$/.test(w) || (w.length > 1 && w === w.toUpperCase()) ? w : w.charAt(0),
  );
  return parts.join("").toUpperCase().slice(0, MAX_CODE_LENGTH);
}
