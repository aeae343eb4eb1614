/*
 * Text for the XML of a part thidua writes (Word, Excel). XML 1.0 forbids most control characters
 * even as references (a pasted cell can hold a vertical tab or a form feed), so they are dropped; the
 * rest is escaped.
 */

// XML 1.0's Char production: tab, line feed, carriage return and U+0020 up, without the surrogates
// (a lone one is no character) and U+FFFE/U+FFFF. Anything else cannot appear even as a reference.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * True for text that escaping leaves as it is: nearly every run of a document, and one test costs
 * less than the two replacements. Surrogates (U+D800 up) and everything after them take the
 * replacements, which know a pair from a lone half.
 */
const NOT_PLAIN = /[^\t\n\r\u0020\u0021\u0023-\u0025\u0027-\u003b\u003d\u003f-\uD7FF]/;
const isPlain = (text: string): boolean => !NOT_PLAIN.test(text);

/** Text escaped for element content or a double-quoted attribute, illegal characters removed. */
export function escapeXml(text: string): string {
  if (isPlain(text)) return text;
  return text.replace(ILLEGAL, "").replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/** Word drops leading, trailing and doubled spaces unless the text element says to keep them. */
export const needsPreserve = (text: string): boolean => /^\s|\s$|\s\s/.test(text);
