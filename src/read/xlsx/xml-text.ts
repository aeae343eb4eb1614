/**
 * The few XML facts the xlsx reader needs, without an XML library: parts written by Excel,
 * LibreOffice and the usual libraries are plain UTF-8 elements, attributes and escaped text.
 */

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
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Element text as an XML parser gives it: line ends normalised to `\n`, entities replaced. */
export function decodeText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.includes("&") ? text.replace(ENTITY, replaceEntity) : text;
}

/** An attribute value as an XML parser gives it: entities replaced. */
export function decodeAttribute(raw: string): string {
  return raw.includes("&") ? raw.replace(ENTITY, replaceEntity) : raw;
}

/**
 * Every tag of a part: group 1 `/` for an end tag, group 2 the local name (prefix such as `x:`
 * dropped), group 3 the attributes (a quoted `>` allowed), group 4 `/` when self-closing.
 * Declarations, comments and processing instructions do not match.
 */
export const TAG =
  /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>/g;

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag by local name (`r:id` → `id`), values decoded. */
export function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (text.length === 0) return found;
  for (const a of text.matchAll(ATTRIBUTE)) {
    const key = a[1] ?? "";
    found.set(key.slice(key.indexOf(":") + 1), decodeAttribute(a[2] ?? a[3] ?? ""));
  }
  return found;
}

/** One tag met while scanning a part. */
export interface Tag {
  /** Local name, prefix dropped. */
  name: string;
  end: boolean;
  selfClosing: boolean;
  /** Raw attribute text. */
  attributes: string;
  /** Offsets of the tag in the part: text between two tags is `xml.slice(a.after, b.start)`. */
  start: number;
  after: number;
}

const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** `[A-Za-z_]`. */
const isNameStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
/** `[\w.-]`. */
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;

/** The end of the name starting at `i` (a name start character there), by `[\w.-]*`. */
function nameEnd(xml: string, i: number): number {
  let j = i + 1;
  while (isNameChar(xml.charCodeAt(j))) j++;
  return j;
}

/**
 * Calls `onTag` for each tag of `xml` in order: the tags `TAG` matches, found by hand (the pattern's
 * attribute alternation cost more than all the rest of reading a part). At each `<`: an optional
 * `/`, an optional `prefix:`, the name, then attributes up to `>` or `/>`, quoted values allowed to
 * hold `>`; a `<` where that fails is skipped, as the pattern skips it.
 */
export function scanTags(xml: string, onTag: (tag: Tag) => void): void {
  const tag: Tag = { name: "", end: false, selfClosing: false, attributes: "", start: 0, after: 0 };
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    let i = at + 1;
    const end = xml.charCodeAt(i) === SLASH;
    if (end) i++;
    if (!isNameStart(xml.charCodeAt(i))) continue;
    let nameStart = i;
    i = nameEnd(xml, i);
    if (xml.charCodeAt(i) === COLON && isNameStart(xml.charCodeAt(i + 1))) {
      nameStart = i + 1;
      i = nameEnd(xml, nameStart);
    }
    const nameStop = i;
    let close = -1;
    let selfClosing = false;
    for (let c = xml.charCodeAt(i); i < xml.length; c = xml.charCodeAt(i)) {
      if (c === GT) {
        close = i;
        break;
      }
      if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
        close = i + 1;
        selfClosing = true;
        break;
      }
      if (c === DQUOTE || c === SQUOTE) {
        const q = xml.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        if (q < 0) break;
        i = q + 1;
      } else i++;
    }
    if (close < 0) continue;
    tag.name = xml.slice(nameStart, nameStop);
    tag.end = end;
    tag.selfClosing = selfClosing;
    tag.attributes = xml.slice(nameStop, selfClosing ? close - 1 : close);
    tag.start = at;
    tag.after = close + 1;
    onTag(tag);
    at = close;
  }
}
