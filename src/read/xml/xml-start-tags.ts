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

/**
 * An element name (`[A-Za-z_]` then `[\w.:-]*`) in two matches: up to its first colon, then, when
 * there is one, the rest (the local name is what follows that colon). Each match is one call at a
 * `<`; a loop over the characters costs more in a run too short for V8 to optimize it (README,
 * "Speed").
 */
const NAME_HEAD = /[A-Za-z_][\w.-]*/y;
const NAME_REST = /[\w.:-]*/y;

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
        NAME_HEAD.lastIndex = at + 1;
        if (!NAME_HEAD.test(text)) continue; // an end tag, a comment, a declaration
        let end = NAME_HEAD.lastIndex;
        let local = at + 1;
        if (text.charCodeAt(end) === COLON) {
          local = end + 1;
          NAME_REST.lastIndex = local;
          NAME_REST.test(text);
          end = NAME_REST.lastIndex;
        }
        onTag(text.slice(local, end), text, at);
      }
    },
    cutOff: () => carry !== "",
  };
}
