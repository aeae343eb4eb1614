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
  for (const node of element.children) {
    if (node.type === "text") {
      out.push({ kind: "text", text: node.text, ...style });
      continue;
    }
    if (node.name === "br") {
      if (Object.keys(node.attributes).length > 0)
        throw templateError(node.position, "<br/> takes no attributes");
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
    if (Object.keys(node.attributes).length > 0)
      throw templateError(node.position, `<${node.name}> takes no attributes`);
    collect(node, { ...style, [styleKey]: true }, out);
  }
}

function normalizeSpace(runs: Inline[]): Inline[] {
  const collapsed = runs.map((run): Inline =>
    run.kind === "text"
      ? { ...run, text: run.text.replace(/[ \t]*[\r\n]+[ \t\r\n]*/g, " ").replace(/\t/g, " ") }
      : run,
  );
  // Trim the start of each line (after the start or a break) and the end of each line.
  let atLineStart = true;
  for (const run of collapsed) {
    if (run.kind === "break") {
      atLineStart = true;
      continue;
    }
    if (atLineStart) run.text = run.text.replace(/^ +/, "");
    if (run.text.length > 0) atLineStart = false;
  }
  let atLineEnd = true;
  for (let k = collapsed.length - 1; k >= 0; k--) {
    const run = collapsed[k];
    if (run === undefined) continue;
    if (run.kind === "break") {
      atLineEnd = true;
      continue;
    }
    if (atLineEnd) run.text = run.text.replace(/ +$/, "");
    if (run.text.length > 0) atLineEnd = false;
  }
  return collapsed.filter((run) => run.kind === "break" || run.text.length > 0);
}

/** The plain text of some runs (breaks as spaces), for measuring and upper-casing checks. */
export function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => (r.kind === "text" ? r.text : " ")).join("");
}
