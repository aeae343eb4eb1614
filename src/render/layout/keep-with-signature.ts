import type { Block } from "../markup/document-structure.js";

/** Paragraphs before a signature block kept on its page: the closing line and two before it. */
const KEPT_PARAGRAPHS = 3;

/**
 * Marks the last paragraphs before each signature block `keep-next`, whatever the template says: the
 * closing line (`…/.`) and the signature must never stand alone on a last page (Nghị định 30/2020:
 * the signature page carries text of the document). A heading already keeps with what follows; a
 * table, page break or other block ends the run (a table's rows never split, and a whole table is
 * not dragged along). Pure: returns new blocks, the input is left as it is.
 */
export function keepWithSignature(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.kind !== "signature-block") continue;
    let kept = 0;
    for (let j = i - 1; j >= 0 && kept < KEPT_PARAGRAPHS; j--) {
      const block = out[j];
      if (block?.kind === "paragraph") {
        out[j] = { ...block, attributes: { ...block.attributes, "keep-next": true } };
        kept++;
      } else if (block?.kind !== "heading") break;
    }
  }
  return out;
}
