import type { CalendarDate } from "../../model/bloc.js";
import type { Block, DocumentNode } from "../markup/document-structure.js";
import { textWidth } from "../layout/page-format.js";
import { resolveOrientation } from "../layout/resolve-orientation.js";
import {
  bodyParagraphXml,
  headingParagraphXml,
  spacerXml,
  subtitleParagraphsXml,
  titleParagraphXml,
} from "./block-paragraphs.js";
import { dataTableXml } from "./data-table.js";
import { headerBlockXml } from "./header-block.js";
import {
  APP,
  CONTENT_TYPES,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  DOCUMENT_RELS,
  EMPTY_HEADER,
  PACKAGE_RELS,
  PAGE_NUMBER_HEADER,
  SETTINGS,
  STYLES,
  corePropertiesXml,
} from "./package-parts.js";
import { sectionXml } from "./section-xml.js";
import { signatureBlockXml } from "./signature-block.js";
import { writeZip } from "../../ooxml/write-zip.js";

/** Metadata of a document: its title (core properties) and its date (fixed timestamps). */
export interface DocxMeta {
  title: string;
  date: CalendarDate;
}

function blockXml(block: Block, width: number): string {
  switch (block.kind) {
    case "title":
      return titleParagraphXml(block.runs);
    case "subtitle":
      return subtitleParagraphsXml(block.runs, width);
    case "heading":
      return headingParagraphXml(block.level, block.runs);
    case "paragraph":
      return bodyParagraphXml(block.attributes, block.runs);
    case "table":
      // The paragraph after keeps two adjacent tables apart (Word would merge them).
      return dataTableXml(block, width) + spacerXml();
    case "header-block":
      return headerBlockXml(block, width);
    case "signature-block":
      // The spacer before keeps with the block, so a `keep-next` closing line stays with the signature.
      return spacerXml(false, true) + signatureBlockXml(block, width) + spacerXml();
    case "page-break":
      return spacerXml(true);
  }
}

/** word/document.xml for a validated structure, in the format of documents.md. */
export function documentXml(structure: DocumentNode): string {
  const orientation = resolveOrientation(structure);
  const width = textWidth(orientation);
  const body: string[] = [DOCUMENT_OPEN];
  for (const block of structure.blocks) body.push(blockXml(block, width));
  body.push(sectionXml(orientation), DOCUMENT_CLOSE);
  return body.join("");
}

/** The Word file (.docx bytes) for a validated structure. */
export function buildDocx(structure: DocumentNode, meta: DocxMeta): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: PACKAGE_RELS },
    { name: "docProps/core.xml", data: corePropertiesXml(meta.title, meta.date) },
    { name: "docProps/app.xml", data: APP },
    { name: "word/document.xml", data: documentXml(structure) },
    { name: "word/_rels/document.xml.rels", data: DOCUMENT_RELS },
    { name: "word/styles.xml", data: STYLES },
    { name: "word/settings.xml", data: SETTINGS },
    { name: "word/header1.xml", data: PAGE_NUMBER_HEADER },
    { name: "word/header2.xml", data: EMPTY_HEADER },
  ]);
}
