import { decodeText, scanTags } from "../xml/xml-text.js";

/** `_x000D_`: how OOXML escapes a character XML cannot carry (ST_Xstring, ECMA-376 part 1 §22.9.2.19). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** The text of one `<t>` (of a shared string, an inline string or a rich text run). */
export function runText(raw: string): string {
  const text = decodeText(raw);
  return text.includes("_x")
    ? text.replace(ESCAPED, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/**
 * The shared strings part: each `<si>` as its plain text, rich text runs joined. Phonetic guides
 * (`<rPh>`, furigana) are not part of what the cell shows.
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let parts: string[] = [];
  let textStart = -1;
  let phonetic = false;
  scanTags(xml, (tag) => {
    switch (tag.name) {
      case "si":
        if (tag.end) strings.push(parts.join(""));
        else if (tag.selfClosing) strings.push("");
        else parts = [];
        break;
      case "rPh":
        if (!tag.selfClosing) phonetic = !tag.end;
        break;
      case "t":
        if (phonetic) break;
        if (tag.end) {
          if (textStart >= 0) parts.push(runText(xml.slice(textStart, tag.start)));
          textStart = -1;
        } else if (!tag.selfClosing) textStart = tag.after;
        break;
      default:
        break;
    }
  });
  return strings;
}
