import type { Block, RecipientsColumn, SignatureColumn } from "../markup/document-structure.js";
import { SIZE } from "../layout/page-format.js";
import { splitWidth } from "../layout/split-width.js";
import { lineParagraphsXml } from "./line-paragraphs.js";
import { TIGHT, paragraphXml } from "./paragraph-xml.js";
import { emptyRunXml, runsXml } from "./run-xml.js";
import { NO_BORDERS, ZERO_MARGINS, cellXml, rowXml, tableXml } from "./table-xml.js";

type SignatureBlock = Extract<Block, { kind: "signature-block" }>;

/** `Nơi nhận:` 12 pt bold italic flush left, its lines 11 pt (NĐ 30/2020, Phụ lục I, ô số 9b). */
function recipientsXml(column: RecipientsColumn): string {
  const props = { align: "left", indent: { firstLine: 0 }, spacing: TIGHT } as const;
  const title = paragraphXml(
    props,
    runsXml(
      [{ kind: "text", text: column.title, bold: true, italic: true, underline: false, highlight: false }],
      {
        size: SIZE.recipientsTitle,
      },
    ),
  );
  return (
    title + column.items.map((runs) => paragraphXml(props, runsXml(runs, { size: SIZE.recipients }))).join("")
  );
}

/** The signature column: authority lines bold upper case 14 pt, space to sign, the signer (NĐ 30/2020, ô số 7). */
function signatureXml(column: SignatureColumn, width: number): string {
  const blank = paragraphXml({ spacing: TIGHT }, emptyRunXml(SIZE.body));
  return column.items
    .map((item) =>
      item.kind === "line" ? lineParagraphsXml(item.line, SIZE.body, width) : blank.repeat(item.lines),
    )
    .join("");
}

/**
 * The block at the end of a document: `Nơi nhận` on the left beside the signature on the right, or
 * two signatures (the minutes: THƯ KÝ left, CHỦ TRÌ right). A borderless table whose row never
 * splits, so the signature never sits alone at the top of a page without its title lines.
 */
export function signatureBlockXml(block: SignatureBlock, width: number): string {
  const columns: Array<SignatureColumn | RecipientsColumn | null> =
    block.columns.length === 2
      ? block.columns
      : block.columns[0]?.kind === "signature"
        ? [null, block.columns[0]]
        : [block.columns[0] ?? null, null];
  const twoSignatures = columns.every((c) => c?.kind === "signature");
  const widths = splitWidth(width, twoSignatures ? [50, 50] : [45, 55]);
  const cells = columns
    .map((column, i) => {
      const cellWidth = widths[i] ?? 0;
      const paragraphs =
        column === null
          ? ""
          : column.kind === "recipients"
            ? recipientsXml(column)
            : signatureXml(column, cellWidth);
      return cellXml({ width: cellWidth, margins: ZERO_MARGINS, valign: "top" }, paragraphs);
    })
    .join("");
  return tableXml(widths, NO_BORDERS, ZERO_MARGINS, rowXml(cells));
}
