import { ANSI_COLORS, NO_COLORS, type Colors } from "./colors.js";

/** How to talk to the terminal: colour only when allowed (a TTY, no `--no-color`, no `NO_COLOR`). */
export interface Terminal {
  color: Colors;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The terminal for this run; colour follows cli.md (`--no-color`, `NO_COLOR` honoured). */
export function makeTerminal(options: { color?: boolean }): Terminal {
  const allowed =
    options.color !== false &&
    (process.env.NO_COLOR === undefined || process.env.NO_COLOR === "") &&
    process.stdout.isTTY === true;
  return {
    color: allowed ? ANSI_COLORS : NO_COLORS,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}

/** Display width of text in a terminal column (NFC, one column per code point). */
export function textWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}

/** Pads or cuts text to a width, marking a cut with `…`. */
export function fit(text: string, width: number, align: "left" | "right" = "left"): string {
  const chars = [...text.normalize("NFC")];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : chars.join("");
  const pad = " ".repeat(Math.max(0, width - textWidth(cut)));
  return align === "left" ? cut + pad : pad + cut;
}
