import { templateError } from "../source-position.js";
import type { Inline } from "./document-structure.js";
import type { MarkupElement } from "./parse-markup.js";

type Style = { bold: boolean; italic: boolean; underline: boolean; highlight: boolean };

const STYLE_TAGS: Record<string, keyof Style> = { b: "bold", i: "italic", u: "underline", mark: "highlight" };

/**
 * The inline content of a paragraph, cell or line: text with `<b>`, `<i>`, `<u>`, `<mark>` and `<br/>`.
 * White space follows templates/README.md: a line break of the template together with the spaces
 * around it counts as one space (so templates can be indented freely), the ends of each line are
 * trimmed, and other spaces are kept as typed (`Số:     /BC-KTĐ`).
 */
export function inlineRuns(element: MarkupElement, base: Partial<Style> = {}): Inline[] {
  const runs: Inline[] = [];
  collect(element, { bold: false, italic: false, underline: false, highlight: false, ...base }, runs);
  return normalizeSpace(runs);
}

function collect(element: MarkupElement, style: Style, out: Inline[]): void {
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node === undefined) continue;
    if (node.type === "text") {
      out.push({
        kind: "text",
        text: node.text,
        bold: style.bold,
        italic: style.italic,
        underline: style.underline,
        highlight: style.highlight,
      });
      continue;
    }
    if (node.name === "br") {
      if (hasAttributes(node)) throw templateError(node.position, "<br/> takes no attributes");
      out.push({ kind: "break" });
      continue;
    }
    const styleKey = STYLE_TAGS[node.name];
    if (styleKey === undefined) {
      throw templateError(
        node.position,
        `<${node.name}> is not allowed inside <${element.name}>; use text, <b>, <i>, <u>, <mark> or <br/>`,
      );
    }
    if (hasAttributes(node)) throw templateError(node.position, `<${node.name}> takes no attributes`);
    collect(node, { ...style, [styleKey]: true }, out);
  }
}

/** True when an element has any attribute (without listing them all). */
function hasAttributes(element: MarkupElement): boolean {
  for (const _ in element.attributes) return true;
  return false;
}

/** A line break of the template with the spaces around it; then tabs. */
const TEMPLATE_BREAK = /[ \t]*[\r\n]+[ \t\r\n]*/g;
const TAB = /\t/g;
const NEEDS_COLLAPSE = /[\t\r\n]/;

/** The text with template line breaks collapsed to one space and tabs made spaces. */
function collapse(text: string): string {
  // Most runs hold neither: the two replacements would only copy them.
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(TEMPLATE_BREAK, " ").replace(TAB, " ");
}

/** Runs are fresh from `collect`, so their texts are changed in place. */
function normalizeSpace(runs: Inline[]): Inline[] {
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    if (run === undefined) continue;
    if (run.kind === "text") run.text = collapse(run.text);
  }
  // Trim the start of each line (after the start or a break) and the end of each line.
  let atLineStart = true;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    if (run === undefined) continue;
    if (run.kind === "break") {
      atLineStart = true;
      continue;
    }
    if (atLineStart && run.text.startsWith(" ")) run.text = run.text.replace(/^ +/, "");
    if (run.text.length > 0) atLineStart = false;
  }
  let atLineEnd = true;
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k];
    if (run === undefined) continue;
    if (run.kind === "break") {
      atLineEnd = true;
      continue;
    }
    if (atLineEnd && run.text.endsWith(" ")) run.text = run.text.replace(/ +$/, "");
    if (run.text.length > 0) atLineEnd = false;
  }
  return runs.filter((run) => run.kind === "break" || run.text.length > 0);
}

/** The plain text of some runs (breaks as spaces), for measuring and upper-casing checks. */
export function runsText(runs: readonly Inline[]): string {
  // Most cells hold a single run: its text, without building an array to join.
  if (runs.length === 1 && runs[0]?.kind === "text") return runs[0].text;
  let text = "";
  for (const run of runs) text += run.kind === "text" ? run.text : " ";
  return text;
}
