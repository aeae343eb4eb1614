/**
 * The key a hand-typed name is matched by (workbook.md "Matching names"): NFC, trimmed, inner white
 * space collapsed, lower case, Vietnamese diacritics removed (đ → d). `TIÊU CHÍ` and `tieu  chi` match.
 */
export function normalizeName(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .replace(/[\u00a0\s]+/g, " ")
      .trim()
      .toLowerCase();
    if (name.length <= MAX_KEPT_LENGTH) {
      if (keys.size >= MAX_KEYS) keys.clear();
      keys.set(name, key);
    }
  }
  return key;
}

/**
 * Keys already made: the same headers, codes and sheet names are matched over and over (every cell
 * of a table's first rows is tried as a header), and the normalising was most of validating a bloc.
 */
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;
/** Names and headers are short; a long text is normalised each time rather than held on to. */
const MAX_KEPT_LENGTH = 200;

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

/**
 * Key of a criterion's code: as `normalizeCode`, but `Đ` stays apart from `D`, a letter of its own in
 * lettered parts (`D. ĐIỂM CỘNG`, `Đ. ĐIỂM TRỪ`) whose rows would otherwise share codes.
 */
export function normalizeCriterionCode(code: string): string {
  return normalizeCode(code.replace(/[đĐ]/g, "dd"));
}
