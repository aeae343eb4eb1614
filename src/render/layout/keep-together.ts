import type { Block } from "../markup/document-structure.js";
import { runsText } from "../markup/inline-runs.js";

/** Paragraphs before a signature block kept on its page: the closing line and two before it. */
const KEPT_PARAGRAPHS = 3;

/**
 * Marks paragraphs `keep-next` where a page break would strand text, whatever the template says:
 * - the closing line (`…/.`) and the two paragraphs before it stay with the signature block, so the
 *   signature never stands alone on a last page (Nghị định 30/2020: the signature page carries text
 *   of the document); a heading already keeps with what follows, and a table, page break or other
 *   block ends the run (a table's rows never split, and a whole table is not dragged along);
 * - a lead-in ending with `:` (`Hội nghị thống nhất:`) stays with the first item of its list.
 * Pure: returns new blocks, the input is left as it is.
 */
export function keepTogether(blocks: readonly Block[]): Block[] {
  const out = blocks.map((block): Block =>
    block.kind === "paragraph" && runsText(block.runs).trimEnd().endsWith(":") ? keep(block) : block,
  );
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.kind !== "signature-block") continue;
    let kept = 0;
    for (let j = i - 1; j >= 0 && kept < KEPT_PARAGRAPHS; j--) {
      const block = out[j];
      if (block?.kind === "paragraph") {
        out[j] = keep(block);
        kept++;
      } else if (block?.kind !== "heading") break;
    }
  }
  return out;
}

function keep(block: Extract<Block, { kind: "paragraph" }>): Block {
  return { ...block, attributes: { ...block.attributes, "keep-next": true } };
}
