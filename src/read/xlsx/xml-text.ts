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

/** Calls `onTag` for each tag of `xml` in order. */
export function scanTags(xml: string, onTag: (tag: Tag) => void): void {
  const pattern = new RegExp(TAG.source, "g");
  const tag: Tag = { name: "", end: false, selfClosing: false, attributes: "", start: 0, after: 0 };
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    tag.name = m[2] ?? "";
    tag.end = m[1] === "/";
    tag.selfClosing = m[4] === "/";
    tag.attributes = m[3] ?? "";
    tag.start = m.index;
    tag.after = pattern.lastIndex;
    onTag(tag);
  }
}
