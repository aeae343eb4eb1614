import { TextDecoder } from "node:util";

/** The encoding of an XML part, from its first bytes: a byte order mark, or how `<` is written. */
export type XmlEncoding = "utf-8" | "utf-16le" | "utf-16be" | { declared: string };

/** `<?xml version="1.0" encoding="windows-1252"?>`: the label, read from the declaration's ASCII bytes. */
const DECLARED = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/;

/**
 * What the XML standard (appendix F) says a part's encoding is: a byte order mark first, else UTF-16
 * when `<` is two bytes, else the declaration's label, else UTF-8. Excel writes UTF-8; other
 * programs write UTF-16 parts, which read as UTF-8 give text with a NUL between every letter.
 */
export function xmlEncoding(bytes: Uint8Array): XmlEncoding {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return "utf-16le";
  if (b0 === 0xfe && b1 === 0xff) return "utf-16be";
  if (b0 === 0x3c && b1 === 0x00) return "utf-16le";
  if (b0 === 0x00 && b1 === 0x3c) return "utf-16be";
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return "utf-8";
  if (b0 !== 0x3c) return "utf-8";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString("latin1");
  const label = DECLARED.exec(head)?.[1]?.toLowerCase();
  // A UTF-16 label on 8-bit bytes is a mislabelled UTF-8 part.
  if (label === undefined || label === "utf-8" || label === "utf8" || label.startsWith("utf-16"))
    return "utf-8";
  return { declared: label };
}

/** A decoder for the encoding; UTF-8 for a label the runtime does not know. */
export function textDecoder(encoding: XmlEncoding): TextDecoder {
  const label = typeof encoding === "string" ? encoding : encoding.declared;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("utf-8");
  }
}

/** An XML part's text in its own encoding, byte order mark dropped. */
export function decodeXmlBytes(bytes: Buffer): string {
  const encoding = xmlEncoding(bytes);
  // Buffer's own UTF-8 decoding is the fast path: nearly every part of every file takes it.
  if (encoding === "utf-8") {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return bytes.toString("utf8", bom ? 3 : 0);
  }
  // TextDecoder drops a UTF-16 byte order mark itself.
  return textDecoder(encoding).decode(bytes);
}
