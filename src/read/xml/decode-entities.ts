const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function replaceEntity(
  whole: string,
  hex: string | undefined,
  dec: string | undefined,
  named: string | undefined,
): string {
  if (named !== undefined) return NAMED[named] ?? whole;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
  // A reference to no character (`&#0;`, past U+10FFFF) is left as written rather than failing the part.
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Replaces XML's five named entities and character references. A part may declare no others that
 * spreadsheet programs write, and expanding declared ones is how an "entity bomb" works: they stay
 * as written.
 */
export function decodeEntities(text: string): string {
  return text.includes("&") ? text.replace(ENTITY, replaceEntity) : text;
}
