/** Receives each start tag: its local name (prefix dropped) and its text from `<` to `>`. */
export type OnStartTag = (name: string, tag: string) => void;

/** Feeds XML bytes chunk by chunk; a tag cut between two chunks is seen whole. */
export interface StartTagReader {
  push: (chunk: Buffer) => void;
  /** True when the text ended inside a tag: the part was cut off. */
  cutOff: () => boolean;
}

/** A tag longer than this is not carried over to the next chunk (memory stays bounded); it is skipped. */
const MAX_CARRY = 1 << 20;

const START_TAG = /<([A-Za-z_][\w.:-]*)/g;

/**
 * A streaming counter of XML start tags, not a parser: enough to measure a part (rows, cells,
 * merged ranges, elements) in bounded memory before the xlsx library builds objects for them.
 * Bytes are read as latin1, which keeps ASCII tag and attribute names intact in UTF-8 text.
 */
export function startTagReader(onTag: OnStartTag): StartTagReader {
  let carry = "";
  return {
    push(chunk) {
      const text = carry + chunk.toString("latin1");
      const lastOpen = text.lastIndexOf("<");
      const cut = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? lastOpen : text.length;
      carry = text.length - cut > MAX_CARRY ? "" : text.slice(cut);
      START_TAG.lastIndex = 0;
      for (let match = START_TAG.exec(text); match && match.index < cut; match = START_TAG.exec(text)) {
        const qualified = match[1] ?? "";
        const end = text.indexOf(">", match.index);
        onTag(qualified.slice(qualified.indexOf(":") + 1), text.slice(match.index, end < 0 ? cut : end + 1));
      }
    },
    cutOff: () => carry !== "",
  };
}
