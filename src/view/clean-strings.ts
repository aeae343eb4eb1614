/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab and newline, U+FFFE/U+FFFF, lone
 * surrogates). A cell may carry them (pasted text); Word refuses a document that contains them, and
 * the renderer uses U+0001/U+0002 as its own source-position markers, so input must never hold them.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string made safe for the document: NFC, without characters XML cannot hold. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(INVALID_XML, "");
}

/** Applies `cleanText` to every string of a plain-data object (the view model), keeping its shape. */
export function cleanStrings<T>(value: T): T {
  return cleanValue(value) as T; // the walk rebuilds the same shape, only strings change
}

function cleanValue(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === "object") {
    // Entries built by index, and made an object by fromEntries (a key "__proto__" stays a key).
    const keys = Object.keys(value);
    const entries: [string, unknown][] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) entries.push([key, cleanValue((value as Record<string, unknown>)[key])]);
    }
    return Object.fromEntries(entries);
  }
  return value;
}
