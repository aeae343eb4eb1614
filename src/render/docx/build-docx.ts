import type { CalendarDate } from "../../model/bloc.js";
import type { Block, DocumentNode } from "../markup/document-structure.js";
import { bodyParagraph, headingParagraph, subtitleParagraphs, titleParagraph } from "./block-paragraphs.js";
import { minimumWidth } from "./column-widths.js";
import { corePropertiesXml } from "./core-properties.js";
import { dataTable } from "./data-table.js";
import { docx, type ParagraphObject, type TableObject } from "./docx-api.js";
import { headerBlockTable } from "./header-block.js";
import { emptyHeader, pageNumberHeader } from "./page-number-header.js";
import {
  A4,
  FONTS,
  LINE_SPACING,
  MARGINS,
  PARAGRAPH_SPACING,
  SIZE,
  halfPoints,
  textWidth,
} from "./page-format.js";
import { signatureBlockTable } from "./signature-block.js";

/** Metadata of a document: its title (core properties) and its date (fixed timestamps). */
export interface DocxMeta {
  title: string;
  date: CalendarDate;
}

/** Portrait unless the template asks otherwise; `auto` turns landscape when a table cannot fit portrait. */
export function resolveOrientation(structure: DocumentNode): "portrait" | "landscape" {
  if (structure.orientation !== "auto") return structure.orientation;
  const widest = Math.max(0, ...structure.blocks.map((b) => (b.kind === "table" ? minimumWidth(b) : 0)));
  return widest > textWidth("portrait") ? "landscape" : "portrait";
}

/** A small empty paragraph: after a table (Word merges two adjacent tables) and for page breaks. */
function spacer(pageBreakBefore = false, keepNext = false): ParagraphObject {
  return new docx.Paragraph({
    pageBreakBefore,
    keepNext,
    spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO },
  });
}

function blockChildren(block: Block, width: number): Array<ParagraphObject | TableObject> {
  switch (block.kind) {
    case "title":
      return [titleParagraph(block.runs)];
    case "subtitle":
      return subtitleParagraphs(block.runs, width);
    case "heading":
      return [headingParagraph(block.level, block.runs)];
    case "paragraph":
      return [bodyParagraph(block.attributes, block.runs)];
    case "table":
      return [dataTable(block, width), spacer()];
    case "header-block":
      return [headerBlockTable(block, width)];
    case "signature-block":
      // The spacer before keeps with the block, so a `keep-next` closing line stays with the signature.
      return [spacer(false, true), signatureBlockTable(block, width), spacer()];
    case "page-break":
      return [spacer(true)];
  }
}

/** The Word document for a validated structure, in the format of documents.md. */
export async function buildDocx(structure: DocumentNode, meta: DocxMeta): Promise<Buffer> {
  const orientation = resolveOrientation(structure);
  const width = textWidth(orientation);
  const document = new docx.Document({
    creator: "thidua",
    lastModifiedBy: "thidua",
    title: meta.title,
    revision: 1,
    styles: {
      default: {
        document: {
          // Times New Roman in all four slots as the default too (NĐ 30/2020: phông chữ tiếng Việt Times New Roman).
          run: { font: FONTS, size: halfPoints(SIZE.body), language: { value: "vi-VN" } },
          paragraph: {
            spacing: {
              before: 0,
              after: PARAGRAPH_SPACING,
              line: LINE_SPACING,
              lineRule: docx.LineRuleType.AUTO,
            },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation:
                orientation === "landscape" ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT,
            },
            margin: { ...MARGINS, gutter: 0 },
          },
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: structure.blocks.flatMap((block) => blockChildren(block, width)),
      },
    ],
  });
  return docx.Packer.toBuffer(document, false, [
    { path: "docProps/core.xml", data: corePropertiesXml(meta.title, meta.date) },
  ]);
}
