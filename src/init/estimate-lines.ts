/**
 * How many lines a wrapped text takes in a column `width` characters wide, word-wrapping greedily.
 * Neither Excel nor LibreOffice grows a row for wrapped text in a generated file, so the row heights
 * are set from this estimate. A column's width counts digit widths, and a line of Vietnamese text holds
 * about 1.15 characters per digit width; the estimate errs on the tall side, since a little white
 * space is better than clipped text.
 */
export function estimateLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width * 1.15) - 2);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= capacity) {
        line = needed;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the line breaks across lines.
      lines += Math.floor(Math.max(0, word.length - 1) / capacity);
      line = word.length % capacity || capacity;
    }
  }
  return lines;
}
