/**
 * A local copy of workbook.md's name matching (NFC, trim, collapse white space, lower case, no
 * diacritics, đ → d), used to find sheets and headers in a `--criteria` workbook and to spot
 * duplicate unit names. The reader's own normaliser did not exist when `init` was written.
 */
export function foldName(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/** Strips Vietnamese diacritics, keeping case (`Đảng ủy` → `Dang uy`). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFC")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}
