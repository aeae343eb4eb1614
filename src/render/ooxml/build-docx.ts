import type { CalendarDate } from "../../model/bloc.js";
import type { Block, DocumentNode } from "../markup/document-structure.js";
import { keepTogether } from "../layout/keep-together.js";
import { textWidth } from "../layout/page-format.js";
import { resolveOrientation } from "../layout/resolve-orientation.js";
import {
  bodyParagraphXml,
  headingParagraphXml,
  spacerXml,
  subtitleParagraphsXml,
  titleParagraphXml,
} from "./block-paragraphs.js";
import { pushDataTableXml } from "./data-table.js";
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
import { writeZip } from "../../write/zip/write-zip.js";

/** Metadata of a document: its title (core properties) and its date (fixed timestamps). */
export interface DocxMeta {
  title: string;
  date: CalendarDate;
}

/** Writes a block's XML onto `out`; a table in pieces, the rest (a few per document) as strings. */
function pushBlockXml(out: string[], block: Block, width: number): void {
  switch (block.kind) {
    case "title":
      out.push(titleParagraphXml(block.runs));
      return;
    case "subtitle":
      out.push(subtitleParagraphsXml(block.runs, width));
      return;
    case "heading":
      out.push(headingParagraphXml(block.level, block.runs));
      return;
    case "paragraph":
      out.push(bodyParagraphXml(block.attributes, block.runs));
      return;
    case "table":
      // The paragraph after keeps two adjacent tables apart (Word would merge them).
      pushDataTableXml(out, block, width);
      out.push(spacerXml());
      return;
    case "header-block":
      out.push(headerBlockXml(block, width));
      return;
    case "signature-block":
      // The spacer before keeps with the block, so a `keep-next` closing line stays with the signature.
      out.push(spacerXml(false, true), signatureBlockXml(block, width), spacerXml());
      return;
    case "page-break":
      out.push(spacerXml(true));
      return;
  }
}

/** word/document.xml for a validated structure, in the format of documents.md, as UTF-8. */
export function documentXml(structure: DocumentNode): Buffer {
  const orientation = resolveOrientation(structure);
  const width = textWidth(orientation);
  // Pieces, encoded together at the end: concatenating cell by cell builds a deep tree of strings
  // that the final flattening (and the collector) must walk again.
  const body: string[] = [DOCUMENT_OPEN];
  for (const block of keepTogether(structure.blocks)) pushBlockXml(body, block, width);
  body.push(sectionXml(orientation), DOCUMENT_CLOSE);
  return utf8(body);
}

/** Characters of XML encoded at a time. */
const CHUNK_CHARS = 16 * 1024;

/**
 * The pieces as UTF-8, encoded some 16 000 characters at a time. Joined whole, a score table's
 * document would be one string of up to a million characters, two bytes each (one Vietnamese letter
 * is enough), made only to be encoded: memory touched for nothing, 2 ms of a bloc's run.
 */
function utf8(pieces: readonly string[]): Buffer {
  const chunks: Buffer[] = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < pieces.length; i++) {
    chars += pieces[i]?.length ?? 0;
    if (chars < CHUNK_CHARS && i < pieces.length - 1) continue;
    chunks.push(Buffer.from(pieces.slice(from, i + 1).join(""), "utf8"));
    from = i + 1;
    chars = 0;
  }
  return Buffer.concat(chunks);
}

/** The Word file (.docx bytes) for a validated structure. */
export function buildDocx(structure: DocumentNode, meta: DocxMeta): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES, fixed: true },
    { name: "_rels/.rels", data: PACKAGE_RELS, fixed: true },
    { name: "docProps/core.xml", data: corePropertiesXml(meta.title, meta.date) },
    { name: "docProps/app.xml", data: APP, fixed: true },
    { name: "word/document.xml", data: documentXml(structure) },
    { name: "word/_rels/document.xml.rels", data: DOCUMENT_RELS, fixed: true },
    { name: "word/styles.xml", data: STYLES, fixed: true },
    { name: "word/settings.xml", data: SETTINGS, fixed: true },
    { name: "word/header1.xml", data: PAGE_NUMBER_HEADER, fixed: true },
    { name: "word/header2.xml", data: EMPTY_HEADER, fixed: true },
  ]);
}
