import type * as z from "zod/mini";
import { ModuleNeeded } from "../../lazy/module-needed.js";
import { templateError } from "../source-position.js";
import type * as AttributeSchemaModule from "./attribute-schemas.js";
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
import {
  readCell,
  readColumn,
  readDocument,
  readEmpty,
  readHeaderBlock,
  readHeading,
  readLine,
  readParagraph,
  readRecipients,
  readRow,
  readSignSpace,
  readTable,
  type AttributeCheck,
} from "./attribute-checks.js";

/** The attribute schemas, by name. */
export type AttributeSchemas = typeof AttributeSchemaModule;
type SchemaName = keyof AttributeSchemas;

let schemas: AttributeSchemas | null = null;

/**
 * Loads the attribute schemas (and zod): needed only when a quick check is unsure. Until then
 * `buildDocumentStructure` throws `ModuleNeeded` for them (`withModules` loads them and builds again).
 */
export async function loadAttributeSchemas(): Promise<void> {
  schemas ??= await import("./attribute-schemas.js");
}

/**
 * Validates an element's attributes: the quick reading of attribute-checks.ts when it is sure, else
 * the schema, whose first issue is the message; a problem names the element's template position.
 */
function attributes<K extends SchemaName>(
  element: MarkupElement,
  name: K,
  quick: AttributeCheck<AttributeSchemas[K]>,
): z.output<AttributeSchemas[K]> {
  const read = quick(element.attributes);
  if (read !== undefined) return read;
  if (schemas === null) throw new ModuleNeeded("the attribute schemas", loadAttributeSchemas);
  const parsed = (schemas[name] as z.ZodMiniType).safeParse(element.attributes);
  // The schema named K gives K's output; TypeScript cannot follow a name to its schema's type.
  if (parsed.success) return parsed.data as z.output<AttributeSchemas[K]>;
  const issue = parsed.error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    throw templateError(element.position, `<${element.name}> has no attribute "${issue.keys.join('", "')}"`);
  }
  const attr = String(issue?.path[0] ?? "");
  throw templateError(
    element.position,
    `<${element.name}> attribute ${attr}: ${issue?.message ?? "invalid value"}`,
  );
}

/** The element children of a container; text other than white space is an error. */
function elementChildren(element: MarkupElement, allowed: readonly string[]): MarkupElement[] {
  const out: MarkupElement[] = [];
  for (const node of element.children) {
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
  const { orientation } = attributes(root, "documentAttributes", readDocument);
  return { orientation, blocks: elementChildren(root, BLOCKS).map(block) };
}

function block(element: MarkupElement): Block {
  switch (element.name) {
    case "title":
    case "subtitle":
      attributes(element, "emptyAttributes", readEmpty);
      return { kind: element.name, runs: inlineRuns(element) };
    case "heading":
      return {
        kind: "heading",
        level: attributes(element, "headingAttributes", readHeading).level,
        runs: inlineRuns(element),
      };
    case "p":
      return {
        kind: "paragraph",
        attributes: attributes(element, "paragraphAttributes", readParagraph),
        runs: inlineRuns(element),
      };
    case "table":
      return table(element);
    case "header-block":
      return headerBlock(element);
    case "signature-block":
      return signatureBlock(element);
    default:
      attributes(element, "emptyAttributes", readEmpty);
      if (element.children.some((c) => c.type === "element" || c.text.trim() !== "")) {
        throw templateError(element.position, `<${element.name}/> has no content`);
      }
      return { kind: "page-break" };
  }
}

function table(element: MarkupElement): Block {
  const { size } = attributes(element, "tableAttributes", readTable);
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
    columns: cols.map((c) => attributes(c, "columnAttributes", readColumn)),
    rows,
  };
}

function tableRow(tr: MarkupElement): TableRowNode {
  const { header, bold } = attributes(tr, "rowAttributes", readRow);
  return { header, bold, cells: elementChildren(tr, ["td"]).map(tableCell) };
}

/** A cell: its attributes copied one by one (no spread: a matrix has tens of thousands of cells). */
function tableCell(td: MarkupElement): TableCellNode {
  const { align, valign, colspan, rowspan, bold, italic, vertical } = attributes(
    td,
    "cellAttributes",
    readCell,
  );
  return { align, valign, colspan, rowspan, bold, italic, vertical, runs: inlineRuns(td) };
}

function lines(cell: MarkupElement): LineNode[] {
  return elementChildren(cell, ["line"]).map((line) => ({
    ...attributes(line, "lineAttributes", readLine),
    runs: inlineRuns(line),
  }));
}

function headerBlock(element: MarkupElement): Block {
  const { widths } = attributes(element, "headerBlockAttributes", readHeaderBlock);
  const rows = elementChildren(element, ["row"]).map((row): [LineNode[], LineNode[]] => {
    attributes(row, "emptyAttributes", readEmpty);
    const cells = elementChildren(row, ["cell"]);
    const [left, right] = cells;
    if (cells.length !== 2 || !left || !right)
      throw templateError(row.position, "<row> in <header-block> needs exactly two <cell> elements");
    attributes(left, "emptyAttributes", readEmpty);
    attributes(right, "emptyAttributes", readEmpty);
    return [lines(left), lines(right)];
  });
  if (rows.length === 0) throw templateError(element.position, "<header-block> needs at least one <row>");
  return { kind: "header-block", widths, rows };
}

function signatureBlock(element: MarkupElement): Block {
  attributes(element, "emptyAttributes", readEmpty);
  const children = elementChildren(element, ["recipients", "signature"]);
  if (children.length < 1 || children.length > 2) {
    throw templateError(
      element.position,
      "<signature-block> holds one or two columns: <recipients> and/or <signature>",
    );
  }
  const columns = children.map((child): SignatureColumn | RecipientsColumn => {
    if (child.name === "recipients") {
      const { title } = attributes(child, "recipientsAttributes", readRecipients);
      return {
        kind: "recipients",
        title,
        items: elementChildren(child, ["item"]).map((item) => inlineRuns(item)),
      };
    }
    attributes(child, "emptyAttributes", readEmpty);
    return {
      kind: "signature",
      items: elementChildren(child, ["line", "sign-space"]).map((item) =>
        item.name === "line"
          ? {
              kind: "line" as const,
              line: { ...attributes(item, "lineAttributes", readLine), runs: inlineRuns(item) },
            }
          : { kind: "space" as const, lines: attributes(item, "signSpaceAttributes", readSignSpace).lines },
      ),
    };
  });
  return { kind: "signature-block", columns };
}
