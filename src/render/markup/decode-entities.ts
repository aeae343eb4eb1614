const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** True for a code point XML 1.0 can hold. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Decodes character references exactly once. Handlebars escapes every value (`&` → `&amp;`,
 * `<` → `&lt;`, `"` → `&quot;`, `'` → `&#x27;`, `=` → `&#x3D;`, `` ` `` → `&#x60;`), so decoding once
 * gives back the value as typed: `Công ty A &amp;amp; B` prints `Công ty A &amp; B`. An `&` that starts
 * no known reference is kept as written, so a template may say `A & B` in its own text.
 */
export function decodeEntities(text: string): string {
  // Most text holds no reference at all: no need to run the pattern over it.
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
