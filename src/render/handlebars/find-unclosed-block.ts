/**
 * Finds the innermost `{{#block}}` (or `{{^block}}`) that has no `{{/block}}`. Handlebars only says
 * "got 'EOF'" at the end of the file; the clerk needs the line where the block was opened.
 * Comments (`{{!-- --}}`, `{{! }}`) are skipped.
 */
export function findUnclosedBlock(source: string): { name: string; line: number; column: number } | null {
  const stack: Array<{ name: string; index: number }> = [];
  const token = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([^\s}~()]+)/g;
  for (let m = token.exec(source); m !== null; m = token.exec(source)) {
    const [, sigil, name] = m;
    if (sigil === undefined || name === undefined) continue;
    if (sigil === "/") {
      const open = stack.findLastIndex((b) => b.name === name);
      if (open >= 0) stack.length = open;
    } else {
      stack.push({ name, index: m.index });
    }
  }
  const last = stack[stack.length - 1];
  if (!last) return null;
  const before = source.slice(0, last.index);
  const line = before.split("\n").length;
  const column = last.index - (before.lastIndexOf("\n") + 1) + 1;
  return { name: last.name, line, column };
}
