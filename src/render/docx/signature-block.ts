import type { Block, RecipientsColumn, SignatureColumn } from "../markup/document-structure.js";
import { NO_BORDERS, splitWidth } from "./borderless.js";
import { docx, type ParagraphObject, type TableObject } from "./docx-api.js";
import { lineParagraphs } from "./line-paragraphs.js";
import { FONTS, SIZE, halfPoints } from "./page-format.js";
import { textRuns } from "./text-runs.js";

type SignatureBlock = Extract<Block, { kind: "signature-block" }>;

/**
 * `Nơi nhận:` 12 pt bold italic flush left, its lines 11 pt (NĐ 30/2020, Phụ lục I, ô số 9b).
 */
function recipientsParagraphs(column: RecipientsColumn): ParagraphObject[] {
  const tight = { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO };
  return [
    new docx.Paragraph({
      alignment: docx.AlignmentType.LEFT,
      indent: { firstLine: 0 },
      spacing: tight,
      children: textRuns(
        [{ kind: "text", text: column.title, bold: true, italic: true, underline: false, highlight: false }],
        { size: SIZE.recipientsTitle },
      ),
    }),
    ...column.items.map(
      (runs) =>
        new docx.Paragraph({
          alignment: docx.AlignmentType.LEFT,
          indent: { firstLine: 0 },
          spacing: tight,
          children: textRuns(runs, { size: SIZE.recipients }),
        }),
    ),
  ];
}

/** The signature column: authority lines bold upper case 14 pt, space to sign, the signer (NĐ 30/2020, ô số 7). */
function signatureParagraphs(column: SignatureColumn, width: number): ParagraphObject[] {
  return column.items.flatMap((item) =>
    item.kind === "line"
      ? lineParagraphs(item.line, SIZE.body, width)
      : Array.from(
          { length: item.lines },
          () =>
            new docx.Paragraph({
              spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
              children: [new docx.TextRun({ text: "", font: FONTS, size: halfPoints(SIZE.body) })],
            }),
        ),
  );
}

/**
 * The block at the end of a document: `Nơi nhận` on the left beside the signature on the right, or
 * two signatures (the minutes: THƯ KÝ left, CHỦ TRÌ right). A borderless table whose row never
 * splits, so the signature never sits alone at the top of a page without its title lines.
 */
export function signatureBlockTable(block: SignatureBlock, width: number): TableObject {
  const columns: Array<SignatureColumn | RecipientsColumn | null> =
    block.columns.length === 2
      ? block.columns
      : block.columns[0]?.kind === "signature"
        ? [null, block.columns[0]]
        : [block.columns[0] ?? null, null];
  const twoSignatures = columns.every((c) => c?.kind === "signature");
  const widths = splitWidth(width, twoSignatures ? [50, 50] : [45, 55]);
  const cells = columns.map((column, i) => {
    const cellWidth = widths[i] ?? 0;
    const children =
      column === null
        ? []
        : column.kind === "recipients"
          ? recipientsParagraphs(column)
          : signatureParagraphs(column, cellWidth);
    return new docx.TableCell({
      width: { size: cellWidth, type: docx.WidthType.DXA },
      verticalAlign: docx.VerticalAlign.TOP,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children: children.length > 0 ? children : [new docx.Paragraph({})],
    });
  });
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [new docx.TableRow({ children: cells, cantSplit: true })],
  });
}
