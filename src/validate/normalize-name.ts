/**
 * The key a hand-typed name is matched by (workbook.md "Matching names"): NFC, trimmed, inner white
 * space collapsed, lower case, Vietnamese diacritics removed (đ → d). `TIÊU CHÍ` and `tieu  chi` match.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[\u00a0\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The key of a header cell: as `normalizeName`, also dropping a trailing note in brackets and
 * trailing `:` or `*` (`Điểm tối đa (điểm)`, `Mã *`), which secretaries add to headers.
 */
export function normalizeHeader(header: string): string {
  let key = normalizeName(header);
  for (;;) {
    const next = key.replace(/\s*\([^()]*\)$/, "").replace(/[\s:*]+$/, "");
    if (next === key) return key;
    key = next;
  }
}

/** Key of a code (unit or criterion): as a name, without a trailing dot (`1.` = `1`). */
export function normalizeCode(code: string): string {
  return normalizeName(code).replace(/\.$/, "");
}
