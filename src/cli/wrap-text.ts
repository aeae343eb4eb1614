import { textWidth } from "./terminal.js";

/**
 * Breaks text into lines of at most `width` columns at spaces; a word longer than a line is split.
 * With `maxLines`, the last line kept ends in `…` when text was left over.
 */
export function wrapText(text: string, width: number, maxLines = Infinity): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  for (const word of text
    .normalize("NFC")
    .split(/\s+/)
    .filter((s) => s !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate) <= w) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    let rest = [...word];
    while (rest.length > w) {
      lines.push(rest.slice(0, w).join(""));
      rest = rest.slice(w);
    }
    line = rest.join("");
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] ?? "")];
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, Math.min(last.length, w - 1))).join("")}…`;
  return kept;
}

/** A paragraph wrapped to `width`, continuation lines indented by `indent` spaces. */
export function wrapParagraph(text: string, width: number, indent = 2): string[] {
  const t = text.normalize("NFC");
  const [first = "", ...rest] = wrapText(t, width);
  if (rest.length === 0) return [first];
  const tail = wrapText(t.slice(first.length).trim(), width - indent).map((l) => " ".repeat(indent) + l);
  return [first, ...tail];
}

/** The width to lay out for: the terminal's columns, `COLUMNS` when not a terminal, else 80. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  if (stream.isTTY === true && typeof stream.columns === "number" && stream.columns > 0)
    return stream.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}
