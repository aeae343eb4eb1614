import type { TextDecoder } from "node:util";
import { textDecoder, xmlEncoding } from "./decode-xml-bytes.js";

/**
 * Receives each start tag: its local name (prefix dropped), the text it was found in and the offset
 * of its `<`. The tag runs to the next `>` of `source`; reading its attributes is the receiver's
 * business (most receivers only count), so no tag text is copied.
 */
export type OnStartTag = (name: string, source: string, start: number) => void;

/** Feeds XML bytes chunk by chunk; a tag cut between two chunks is seen whole. */
export interface StartTagReader {
  push: (chunk: Buffer) => void;
  /** True when the text ended inside a tag: the part was cut off. */
  cutOff: () => boolean;
}

/** A tag longer than this is not carried over to the next chunk (memory stays bounded); it is skipped. */
const MAX_CARRY = 1 << 20;

const COLON = 0x3a;

/** `[A-Za-z_]`: what may start an element name. */
const isNameStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

/** `[\w.:-]`: what may follow in a (qualified) element name. */
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === COLON;

/**
 * A streaming counter of XML start tags, not a parser: enough to measure a part (rows, cells,
 * merged ranges, elements) in bounded memory before the reader builds objects for them.
 * Bytes are read as latin1, which keeps ASCII tag and attribute names intact in UTF-8 text and in
 * the other 8-bit encodings a declaration may name; a UTF-16 part is decoded as it streams, so that
 * its rows count as much as a UTF-8 part's.
 */
export function startTagReader(onTag: OnStartTag): StartTagReader {
  let carry = "";
  let utf16: TextDecoder | null | undefined;
  const decode = (chunk: Buffer): string => {
    if (utf16 === undefined) {
      const encoding = xmlEncoding(chunk);
      utf16 = encoding === "utf-16le" || encoding === "utf-16be" ? textDecoder(encoding) : null;
    }
    return utf16 === null ? chunk.toString("latin1") : utf16.decode(chunk, { stream: true });
  };
  return {
    push(chunk) {
      if (chunk.length === 0) return;
      const text = carry + decode(chunk);
      const lastOpen = text.lastIndexOf("<");
      const cut = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? lastOpen : text.length;
      carry = text.length - cut > MAX_CARRY ? "" : text.slice(cut);
      for (let at = text.indexOf("<"); at >= 0 && at < cut; at = text.indexOf("<", at + 1)) {
        if (!isNameStart(text.charCodeAt(at + 1))) continue; // an end tag, a comment, a declaration
        let end = at + 2;
        let local = at + 1;
        for (let c = text.charCodeAt(end); isNameChar(c); c = text.charCodeAt(++end)) {
          if (c === COLON && local === at + 1) local = end + 1;
        }
        onTag(text.slice(local, end), text, at);
      }
    },
    cutOff: () => carry !== "",
  };
}
