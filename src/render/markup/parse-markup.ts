import { templateError, type SourcePosition } from "../source-position.js";
import { decodeEntities } from "../../read/xml/decode-entities.js";
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
const LT = 0x3c;
/** A document nests a handful of elements (document, table, tr, td, b); past this a template is broken. */
const MAX_NESTING = 100;
const MARKER_CODE = MARKER_START.charCodeAt(0);

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
  let open = root;
  // The text since the last tag, in the pieces between markers (usually one piece).
  let text = "";
  let textPosition = position;
  // Where the next `<` and the next marker are, found by indexOf (native even before the parser
  // is compiled: a single summarize runs it cold) and looked for again once passed.
  let nextLt = -1;
  let nextMarker = -1;

  const flushText = (): void => {
    if (text.length > 0)
      open.children.push({ type: "text", text: decodeEntities(text), position: textPosition });
    text = "";
  };

  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === MARKER_CODE) {
      const marker = decodeMarker(source, i, files);
      if (!marker) throw templateError(position, "bad markup: a control character (U+0001) in the text");
      position = marker.position;
      i = marker.end;
      continue;
    }
    if (code !== LT) {
      // Text runs to the next tag or marker: taken as one slice, not character by character.
      if (nextLt < i) nextLt = indexOrEnd(source, "<", i);
      if (nextMarker < i) nextMarker = indexOrEnd(source, MARKER_START, i);
      const end = Math.min(nextLt, nextMarker);
      if (text.length === 0) textPosition = position;
      text += source.slice(i, end);
      i = end;
      continue;
    }
    flushText();
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i + 4);
      if (end < 0) throw templateError(position, "bad markup: comment <!-- is never closed with -->");
      i = end + 3;
      continue;
    }
    if (source.charCodeAt(i + 1) === 0x2f /* / */) {
      const close = nameEnd(source, i + 2);
      const name = close < 0 ? undefined : source.slice(i + 2, close);
      const gt = close < 0 ? -1 : skipSpaces(source, close);
      if (name === undefined || source.charCodeAt(gt) !== 0x3e /* > */)
        throw templateError(position, "bad markup: malformed closing tag");
      if (open === root) throw templateError(position, `bad markup: </${name}> closes nothing`);
      if (open.name !== name) {
        const at = `${open.position.line}:${open.position.column}`;
        throw templateError(
          position,
          `bad markup: </${name}> does not close <${open.name}> (opened at ${at})`,
        );
      }
      stack.pop();
      open = stack[stack.length - 1] ?? root;
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
    open.children.push(element);
    if (!tag.selfClosing && !VOID.has(tag.name)) {
      // The steps after the parser walk the tree recursively: 20 000 nested <b> overflowed the stack.
      if (stack.length > MAX_NESTING)
        throw templateError(position, `bad markup: elements nested more than ${MAX_NESTING} deep`);
      stack.push(element);
      open = element;
    }
    i = tag.end;
  }
  flushText();
  if (open !== root) throw templateError(open.position, `bad markup: <${open.name}> is never closed`);
  return documentRoot(root, unknown);
}

/** The index of `search` at or after `from`, or the end of the source when there is none. */
function indexOrEnd(s: string, search: string, from: number): number {
  const at = s.indexOf(search, from);
  return at < 0 ? s.length : at;
}

// Sticky patterns, matched where the reading is: one call for a name or a run of spaces, where a
// loop would make a call per character in a run too short for V8 to optimize it (README, "Speed").
// (A pattern on a slice of the rest would copy the rest.)
const NAME = /[a-z][a-z0-9-]*/y;
const SPACES = /\s*/y;

/** The end of a name (`[a-z][a-z0-9-]*`) starting at `at`, or -1 when none starts there. */
function nameEnd(s: string, at: number): number {
  NAME.lastIndex = at;
  return NAME.test(s) ? NAME.lastIndex : -1;
}

/** The first character at or after `at` that is not white space (`\s`), or the end. */
function skipSpaces(s: string, at: number): number {
  // Past the end a sticky pattern fails and starts over at 0.
  if (at >= s.length) return at;
  SPACES.lastIndex = at;
  SPACES.test(s);
  return SPACES.lastIndex;
}

/** Reads `<name a="1" b>` or `<name/>` starting at `at`. */
function readOpenTag(
  s: string,
  at: number,
  position: SourcePosition,
): { name: string; attributes: Record<string, string>; selfClosing: boolean; end: number } {
  const end = nameEnd(s, at + 1);
  if (end < 0) {
    throw templateError(position, "bad markup: '<' must start a tag; write &lt; for a literal '<'");
  }
  const name = s.slice(at + 1, end);
  const attributes: Record<string, string> = {};
  let j = end;
  for (;;) {
    const before = j;
    j = skipSpaces(s, j);
    const code = s.charCodeAt(j);
    if (code === 0x3e /* > */) return { name, attributes, selfClosing: false, end: j + 1 };
    if (code === 0x2f /* / */ && s.charCodeAt(j + 1) === 0x3e)
      return { name, attributes, selfClosing: true, end: j + 2 };
    const attrEnd = nameEnd(s, j);
    if (attrEnd < 0 || j === before) {
      throw templateError(position, `bad markup: in <${name}>, expected an attribute or '>'`);
    }
    const attr = s.slice(j, attrEnd);
    if (attr in attributes)
      throw templateError(position, `bad markup: <${name}> has attribute "${attr}" twice`);
    j = attrEnd;
    const eq = skipSpaces(s, j);
    if (s.charCodeAt(eq) !== 0x3d /* = */) {
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
