import { templateError } from "../source-position.js";
import type {
  Block,
  DocumentNode,
  LineNode,
  RecipientsColumn,
  SignatureColumn,
  TableCellNode,
  TableRowNode,
} from "./document-structure.js";
import { inlineRuns } from "./inline-runs.js";
import type { MarkupElement } from "./parse-markup.js";
import { checkTableGrid } from "./check-table-grid.js";
import type { AttributeRead, Attributes } from "./element-attributes.js";
import { ELEMENT_ATTRIBUTES } from "./element-attributes.js";

/** An element's attributes, read by `read` (one of `ELEMENT_ATTRIBUTES`); a problem names its template position. */
function attributes<T>(element: MarkupElement, read: (attributes: Attributes) => AttributeRead<T>): T {
  const result = read(element.attributes);
  if (result.ok) return result.value;
  throw templateError(element.position, `<${element.name}> ${result.message}`);
}

/** The element children of a container; text other than white space is an error. */
function elementChildren(element: MarkupElement, allowed: readonly string[]): MarkupElement[] {
  const out: MarkupElement[] = [];
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node === undefined) continue;
    if (node.type === "text") {
      if (node.text.trim() !== "") {
        throw templateError(
          node.position,
          `text "${node.text.trim().slice(0, 40)}" is not allowed directly inside <${element.name}>; put it in ${allowed.map((a) => `<${a}>`).join(" or ")}`,
        );
      }
      continue;
    }
    if (!allowed.includes(node.name)) {
      throw templateError(
        node.position,
        `<${node.name}> is not allowed inside <${element.name}> (allowed: ${allowed.map((a) => `<${a}>`).join(", ")})`,
      );
    }
    out.push(node);
  }
  return out;
}

const BLOCKS = [
  "title",
  "subtitle",
  "heading",
  "p",
  "table",
  "header-block",
  "signature-block",
  "page-break",
] as const;

/** Turns the parsed markup into the validated document structure (templates/README.md). */
export function buildDocumentStructure(root: MarkupElement): DocumentNode {
  const { orientation } = attributes(root, ELEMENT_ATTRIBUTES.document);
  return { orientation, blocks: elementChildren(root, BLOCKS).map(block) };
}

function block(element: MarkupElement): Block {
  switch (element.name) {
    case "title":
    case "subtitle":
      attributes(element, ELEMENT_ATTRIBUTES.none);
      return { kind: element.name, runs: inlineRuns(element) };
    case "heading":
      return {
        kind: "heading",
        level: attributes(element, ELEMENT_ATTRIBUTES.heading).level,
        runs: inlineRuns(element),
      };
    case "p":
      return {
        kind: "paragraph",
        attributes: attributes(element, ELEMENT_ATTRIBUTES.p),
        runs: inlineRuns(element),
      };
    case "table":
      return table(element);
    case "header-block":
      return headerBlock(element);
    case "signature-block":
      return signatureBlock(element);
    default:
      attributes(element, ELEMENT_ATTRIBUTES.none);
      if (element.children.some((c) => c.type === "element" || c.text.trim() !== "")) {
        throw templateError(element.position, `<${element.name}/> has no content`);
      }
      return { kind: "page-break" };
  }
}

function table(element: MarkupElement): Block {
  const { size } = attributes(element, ELEMENT_ATTRIBUTES.table);
  const children = elementChildren(element, ["col", "tr"]);
  const cols = children.filter((c) => c.name === "col");
  const trs = children.filter((c) => c.name === "tr");
  const firstRow = children.findIndex((c) => c.name === "tr");
  if (cols.length === 0)
    throw templateError(
      element.position,
      "<table> needs its <col/> elements (one per column) before the rows",
    );
  if (children.slice(firstRow).some((c) => c.name === "col")) {
    throw templateError(element.position, "<table>: all <col/> elements come before the first <tr>");
  }
  if (trs.length === 0) throw templateError(element.position, "<table> has no rows");
  const rows = trs.map(tableRow);
  // A repeated header row (w:tblHeader) only works for the rows at the top of the table.
  const firstBody = rows.findIndex((r) => !r.header);
  const lateHeader = firstBody < 0 ? -1 : rows.findIndex((r, k) => k > firstBody && r.header);
  const late = trs[lateHeader];
  if (late) throw templateError(late.position, "<tr header> rows must come first in the table");
  checkTableGrid(trs, rows, cols.length);
  return {
    kind: "table",
    size,
    columns: cols.map((c) => attributes(c, ELEMENT_ATTRIBUTES.col)),
    rows,
  };
}

function tableRow(tr: MarkupElement): TableRowNode {
  const { header, bold } = attributes(tr, ELEMENT_ATTRIBUTES.tr);
  return { header, bold, cells: elementChildren(tr, ["td"]).map(tableCell) };
}

/** A cell: its attributes copied one by one (no spread: a matrix has tens of thousands of cells). */
function tableCell(td: MarkupElement): TableCellNode {
  const { align, valign, colspan, rowspan, bold, italic, vertical } = attributes(td, ELEMENT_ATTRIBUTES.td);
  return { align, valign, colspan, rowspan, bold, italic, vertical, runs: inlineRuns(td) };
}

function lines(cell: MarkupElement): LineNode[] {
  return elementChildren(cell, ["line"]).map((line) => ({
    ...attributes(line, ELEMENT_ATTRIBUTES.line),
    runs: inlineRuns(line),
  }));
}

function headerBlock(element: MarkupElement): Block {
  const { widths } = attributes(element, ELEMENT_ATTRIBUTES["header-block"]);
  const rows = elementChildren(element, ["row"]).map((row): [LineNode[], LineNode[]] => {
    attributes(row, ELEMENT_ATTRIBUTES.none);
    const cells = elementChildren(row, ["cell"]);
    const [left, right] = cells;
    if (cells.length !== 2 || !left || !right)
      throw templateError(row.position, "<row> in <header-block> needs exactly two <cell> elements");
    attributes(left, ELEMENT_ATTRIBUTES.none);
    attributes(right, ELEMENT_ATTRIBUTES.none);
    return [lines(left), lines(right)];
  });
  if (rows.length === 0) throw templateError(element.position, "<header-block> needs at least one <row>");
  return { kind: "header-block", widths, rows };
}

function signatureBlock(element: MarkupElement): Block {
  attributes(element, ELEMENT_ATTRIBUTES.none);
  const children = elementChildren(element, ["recipients", "signature"]);
  if (children.length < 1 || children.length > 2) {
    throw templateError(
      element.position,
      "<signature-block> holds one or two columns: <recipients> and/or <signature>",
    );
  }
  const columns = children.map((child): SignatureColumn | RecipientsColumn => {
    if (child.name === "recipients") {
      const { title } = attributes(child, ELEMENT_ATTRIBUTES.recipients);
      return {
        kind: "recipients",
        title,
        items: elementChildren(child, ["item"]).map((item) => inlineRuns(item)),
      };
    }
    attributes(child, ELEMENT_ATTRIBUTES.none);
    return {
      kind: "signature",
      items: elementChildren(child, ["line", "sign-space"]).map((item) =>
        item.name === "line"
          ? {
              kind: "line" as const,
              line: { ...attributes(item, ELEMENT_ATTRIBUTES.line), runs: inlineRuns(item) },
            }
          : { kind: "space" as const, lines: attributes(item, ELEMENT_ATTRIBUTES["sign-space"]).lines },
      ),
    };
  });
  return { kind: "signature-block", columns };
}
