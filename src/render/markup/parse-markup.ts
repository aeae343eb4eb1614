import { templateError, type SourcePosition } from "../source-position.js";
import { decodeEntities } from "./decode-entities.js";
import { decodeMarker, MARKER_START } from "./source-markers.js";

/** An element of the document markup: `<p align="center">…</p>`. */
export interface MarkupElement {
  type: "element";
  name: string;
  /** Attribute values, entities decoded; a bare attribute (`<tr header>`) has the value "". */
  attributes: Record<string, string>;
  children: MarkupNode[];
  position: SourcePosition;
}

/** Text between tags, entities decoded. */
export interface MarkupText {
  type: "text";
  text: string;
  position: SourcePosition;
}

export type MarkupNode = MarkupElement | MarkupText;

/** Elements that never have content: written `<br/>` (or `<br>`). */
const VOID = new Set(["br", "col", "page-break", "sign-space"]);
const NAME = /^[a-z][a-z0-9-]*/;

/**
 * Parses the document markup the templates produce (templates/README.md) into an element tree.
 * It is a small XML subset: elements, attributes in quotes or bare, character references, comments
 * `<!-- -->`. Errors name the template position of the offending `<` through the source markers.
 */
export function parseMarkup(source: string, files: readonly string[]): MarkupElement {
  const unknown: SourcePosition = { file: files[0] ?? "template", line: 1, column: 1 };
  let position = unknown;
  let i = 0;
  const root: MarkupElement = { type: "element", name: "#root", attributes: {}, children: [], position };
  const stack: MarkupElement[] = [root];
  let text = "";
  let textPosition = position;

  const top = (): MarkupElement => stack[stack.length - 1] ?? root;
  const flushText = (): void => {
    if (text.length > 0)
      top().children.push({ type: "text", text: decodeEntities(text), position: textPosition });
    text = "";
  };

  while (i < source.length) {
    const ch = source[i];
    if (ch === MARKER_START) {
      const marker = decodeMarker(source, i, files);
      if (!marker) throw templateError(position, "bad markup: a control character (U+0001) in the text");
      position = marker.position;
      i = marker.end;
      continue;
    }
    if (ch !== "<") {
      if (text.length === 0) textPosition = position;
      text += ch;
      i++;
      continue;
    }
    flushText();
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i + 4);
      if (end < 0) throw templateError(position, "bad markup: comment <!-- is never closed with -->");
      i = end + 3;
      continue;
    }
    if (source[i + 1] === "/") {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      const close = name === undefined ? -1 : i + 2 + name.length;
      const gt = close < 0 ? -1 : skipSpaces(source, close);
      if (name === undefined || source[gt] !== ">")
        throw templateError(position, "bad markup: malformed closing tag");
      const open = top();
      if (open === root) throw templateError(position, `bad markup: </${name}> closes nothing`);
      if (open.name !== name) {
        const at = `${open.position.line}:${open.position.column}`;
        throw templateError(
          position,
          `bad markup: </${name}> does not close <${open.name}> (opened at ${at})`,
        );
      }
      stack.pop();
      i = gt + 1;
      continue;
    }
    const tag = readOpenTag(source, i, position);
    const element: MarkupElement = {
      type: "element",
      name: tag.name,
      attributes: tag.attributes,
      children: [],
      position,
    };
    top().children.push(element);
    if (!tag.selfClosing && !VOID.has(tag.name)) stack.push(element);
    i = tag.end;
  }
  flushText();
  const open = top();
  if (open !== root) throw templateError(open.position, `bad markup: <${open.name}> is never closed`);
  return documentRoot(root, unknown);
}

function skipSpaces(s: string, at: number): number {
  let j = at;
  while (j < s.length && /\s/.test(s[j] ?? "")) j++;
  return j;
}

/** Reads `<name a="1" b>` or `<name/>` starting at `at`. */
function readOpenTag(
  s: string,
  at: number,
  position: SourcePosition,
): { name: string; attributes: Record<string, string>; selfClosing: boolean; end: number } {
  const name = NAME.exec(s.slice(at + 1))?.[0];
  if (name === undefined) {
    throw templateError(position, "bad markup: '<' must start a tag; write &lt; for a literal '<'");
  }
  const attributes: Record<string, string> = {};
  let j = at + 1 + name.length;
  for (;;) {
    const before = j;
    j = skipSpaces(s, j);
    if (s[j] === ">") return { name, attributes, selfClosing: false, end: j + 1 };
    if (s.startsWith("/>", j)) return { name, attributes, selfClosing: true, end: j + 2 };
    const attr = NAME.exec(s.slice(j))?.[0];
    if (attr === undefined || j === before) {
      throw templateError(position, `bad markup: in <${name}>, expected an attribute or '>'`);
    }
    if (attr in attributes)
      throw templateError(position, `bad markup: <${name}> has attribute "${attr}" twice`);
    j += attr.length;
    const eq = skipSpaces(s, j);
    if (s[eq] !== "=") {
      attributes[attr] = "";
      continue;
    }
    const quoteAt = skipSpaces(s, eq + 1);
    const quote = s[quoteAt];
    if (quote !== '"' && quote !== "'") {
      throw templateError(position, `bad markup: the value of ${attr} in <${name}> must be in quotes`);
    }
    const close = s.indexOf(quote, quoteAt + 1);
    const raw = close < 0 ? "" : s.slice(quoteAt + 1, close);
    if (close < 0 || raw.includes("<") || raw.includes(MARKER_START)) {
      throw templateError(position, `bad markup: the value of ${attr} in <${name}> is not closed`);
    }
    attributes[attr] = decodeEntities(raw);
    j = close + 1;
  }
}

/** The one `<document>` element; only white space may surround it. */
function documentRoot(root: MarkupElement, fallback: SourcePosition): MarkupElement {
  let documentElement: MarkupElement | null = null;
  for (const node of root.children) {
    if (node.type === "text") {
      if (node.text.trim() !== "") {
        throw templateError(
          node.position,
          `bad markup: text outside <document>: "${node.text.trim().slice(0, 40)}"`,
        );
      }
    } else if (node.name !== "document" || documentElement !== null) {
      throw templateError(
        node.position,
        `bad markup: the template must produce exactly one <document> element`,
      );
    } else {
      documentElement = node;
    }
  }
  if (documentElement === null)
    throw templateError(fallback, "bad markup: the template produced no <document> element");
  return documentElement;
}
