const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|([a-zA-Z]+));/g;
/**
 * XML's five named entities, and `&nbsp;`, which XML does not define but a template written as HTML
 * may use (no spreadsheet program writes it). A Map, so that `&constructor;` is no entity.
 */
const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00a0"],
]);

/** True for a code point XML 1.0 can hold (its Char production). */
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

function replaceEntity(
  whole: string,
  hex: string | undefined,
  dec: string | undefined,
  named: string | undefined,
): string {
  if (named !== undefined) return NAMED.get(named) ?? whole;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
  // A reference to no character XML can hold (`&#0;`, `&#1;`, past U+10FFFF) is left as written
  // rather than failing the part or putting in the document a character Word refuses.
  return isXmlChar(code) ? String.fromCodePoint(code) : whole;
}

/**
 * Replaces the named entities and character references, exactly once: `&amp;amp;` gives `&amp;`, as
 * an XML parser does, and as a Handlebars-escaped value must (the template engine escapes `&` to
 * `&amp;`, `'` to `&#x27;`…). Anything else that starts with `&` is kept as written: a declared entity
 * (expanding those is how an "entity bomb" works; spreadsheet programs declare none) or a template's
 * own `A & B`.
 */
export function decodeEntities(text: string): string {
  // Most text holds no reference at all: no need to run the pattern over it.
  return text.includes("&") ? text.replace(ENTITY, replaceEntity) : text;
}
