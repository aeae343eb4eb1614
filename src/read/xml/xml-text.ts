/**
 * The few XML facts the xlsx reader needs, without an XML library: elements, attributes, escaped
 * text and CDATA sections. Parts are decoded to text first (`decode-xml-bytes.ts`).
 */
import { decodeEntities } from "./decode-entities.js";

const CDATA_OPEN = "<![CDATA[";
const CDATA_CLOSE = "]]>";
const COMMENT_OPEN = "<!--";
const COMMENT_CLOSE = "-->";

/** XML reads every line end as `\n`, inside CDATA too. */
const normalizeLineEnds = (text: string): string =>
  text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;

const decodePlain = (raw: string): string => decodeEntities(normalizeLineEnds(raw));

/**
 * Element text as an XML parser gives it: line ends normalised to `\n`, entities replaced, CDATA
 * sections taken literally (LibreOffice and some libraries write `<t><![CDATA[Hà Nội]]></t>`), comments
 * dropped.
 */
export function decodeText(raw: string): string {
  if (!raw.includes("<!")) return decodePlain(raw);
  let text = "";
  let at = 0;
  for (let open = raw.indexOf("<!", at); open >= 0; open = raw.indexOf("<!", at)) {
    text += decodePlain(raw.slice(at, open));
    if (raw.startsWith(CDATA_OPEN, open)) {
      const close = raw.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
      const end = close < 0 ? raw.length : close;
      text += normalizeLineEnds(raw.slice(open + CDATA_OPEN.length, end));
      at = close < 0 ? raw.length : close + CDATA_CLOSE.length;
    } else if (raw.startsWith(COMMENT_OPEN, open)) {
      const close = raw.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length);
      at = close < 0 ? raw.length : close + COMMENT_CLOSE.length;
    } else {
      text += "<!";
      at = open + 2;
    }
  }
  return text + decodePlain(raw.slice(at));
}

/** An attribute value as an XML parser gives it: entities replaced. */
export function decodeAttribute(raw: string): string {
  return decodeEntities(raw);
}

/**
 * What `scanTags` skips, then every tag: a comment, a CDATA section or a processing instruction
 * (each skipped whole, so a `<c>` inside one is not a tag); else group 1 `/` for an end tag, group 2
 * the local name (prefix such as `x:` dropped), group 3 the attributes (a quoted `>` allowed), group 4
 * `/` when self-closing. The reference the hand-written scanner is tested against.
 */
export const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?]]>|<\?[\s\S]*?\?>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>/g;

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag by local name (`r:id` → `id`), values decoded. */
export function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (text.length === 0) return found;
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(text); a !== null; a = ATTRIBUTE.exec(text)) {
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
const BANG = 0x21;
const QUESTION = 0x3f;

/** `[A-Za-z_]`. */
const isNameStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

// Runs of characters matched in one call each: a loop over the characters costs more in a run too
// short for V8 to optimize it (README, "Speed").
const NAME_CHARS = /[\w.-]*/y;
/** Attribute text up to the next `>`, `/` or quote. */
const PLAIN = /[^>"'/]*/y;

/** The end of the name starting at `i` (a name start character there), by `[\w.-]*`. */
function nameEnd(xml: string, i: number): number {
  NAME_CHARS.lastIndex = i + 1;
  NAME_CHARS.test(xml);
  return NAME_CHARS.lastIndex;
}

/**
 * Where a comment, CDATA section or processing instruction starting at `at` ends (the offset of its
 * last character), or -1 when there is none there or it is never closed (then, as in `TAG`, its `<`
 * is only skipped).
 */
function skippedEnd(xml: string, at: number): number {
  const next = xml.charCodeAt(at + 1);
  if (next === QUESTION) {
    const close = xml.indexOf("?>", at + 2);
    return close < 0 ? -1 : close + 1;
  }
  if (next !== BANG) return -1;
  if (xml.startsWith(COMMENT_OPEN, at)) {
    const close = xml.indexOf(COMMENT_CLOSE, at + COMMENT_OPEN.length);
    return close < 0 ? -1 : close + COMMENT_CLOSE.length - 1;
  }
  if (xml.startsWith(CDATA_OPEN, at)) {
    const close = xml.indexOf(CDATA_CLOSE, at + CDATA_OPEN.length);
    return close < 0 ? -1 : close + CDATA_CLOSE.length - 1;
  }
  return -1;
}

/**
 * Calls `onTag` for each tag of `xml` in order: the tags `TAG` matches, found by hand (the pattern's
 * attribute alternation cost more than all the rest of reading a part). At each `<`: a comment, CDATA
 * section or processing instruction is skipped whole; else an optional `/`, an optional `prefix:`,
 * the name, then attributes up to `>` or `/>`, quoted values allowed to hold `>`; a `<` where that
 * fails is skipped, as the pattern skips it.
 */
export function scanTags(xml: string, onTag: (tag: Tag) => void): void {
  const tag: Tag = { name: "", end: false, selfClosing: false, attributes: "", start: 0, after: 0 };
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    let i = at + 1;
    const first = xml.charCodeAt(i);
    if (first === BANG || first === QUESTION) {
      const skipped = skippedEnd(xml, at);
      if (skipped >= 0) at = skipped;
      continue;
    }
    const end = first === SLASH;
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
    while (i < xml.length) {
      PLAIN.lastIndex = i;
      PLAIN.test(xml);
      i = PLAIN.lastIndex;
      if (i >= xml.length) break;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        close = i;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) === GT) {
          close = i + 1;
          selfClosing = true;
          break;
        }
        i++;
        continue;
      }
      const q = xml.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (q < 0) break;
      i = q + 1;
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
