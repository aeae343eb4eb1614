/** A `{{#block}}` (or `{{^block}}`) of a template: its name and where it opens (1-based). */
export interface BlockPosition {
  name: string;
  line: number;
  column: number;
}

/**
 * Blocks nested deeper than this are refused before Handlebars parses the template: its parser
 * slows with the square of the nesting (3 000 levels took 5 s, 20 000 more than ten minutes), and
 * a document's template nests three or four.
 */
export const MAX_BLOCK_NESTING = 100;

/**
 * The blocks a template opens, as far as the line of an error needs: `{{#name}}`/`{{^name}}` open,
 * `{{/name}}` closes the innermost open block of that name; comments (`{{!-- --}}`, `{{! }}`) are
 * skipped. Returns the innermost block never closed, and the first block opened past
 * `MAX_BLOCK_NESTING` others.
 */
function scanBlocks(source: string): { unclosed: BlockPosition | null; tooDeep: BlockPosition | null } {
  const stack: Array<{ name: string; index: number }> = [];
  let tooDeep: { name: string; index: number } | null = null;
  const token = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([^\s}~()]+)/g;
  for (let m = token.exec(source); m !== null; m = token.exec(source)) {
    const [, sigil, name] = m;
    if (sigil === undefined || name === undefined) continue;
    if (sigil === "/") {
      const open = stack.findLastIndex((b) => b.name === name);
      if (open >= 0) stack.length = open;
    } else {
      if (stack.length === MAX_BLOCK_NESTING) tooDeep ??= { name, index: m.index };
      stack.push({ name, index: m.index });
    }
  }
  const at = (block: { name: string; index: number } | undefined | null): BlockPosition | null => {
    if (!block) return null;
    const before = source.slice(0, block.index);
    return {
      name: block.name,
      line: before.split("\n").length,
      column: block.index - (before.lastIndexOf("\n") + 1) + 1,
    };
  };
  return { unclosed: at(stack[stack.length - 1]), tooDeep: at(tooDeep) };
}

/**
 * The innermost `{{#block}}` that has no `{{/block}}`. Handlebars only says "got 'EOF'" at the end
 * of the file; the clerk needs the line where the block was opened.
 */
export const findUnclosedBlock = (source: string): BlockPosition | null => scanBlocks(source).unclosed;

/** The first block opened inside `MAX_BLOCK_NESTING` others, or null. */
export const findTooDeepBlock = (source: string): BlockPosition | null => scanBlocks(source).tooDeep;
