import type { SourcePosition } from "../source-position.js";

/*
 * Before every `<` of a template's literal text the renderer inserts an invisible marker holding the
 * template file and the `<`'s line and column. The markup parser reads the markers, so a markup
 * error points into the template the IT officer edits, not into the rendered text. U+0001/U+0002
 * cannot come from the data: the view model strips them (XML cannot hold them either).
 */
const START = "\u0001";
const END = "\u0002";

/** The marker for a position in file number `fileIndex` of the render's file list. */
export function encodeMarker(fileIndex: number, line: number, column: number): string {
  return `${START}${fileIndex}:${line}:${column}${END}`;
}

/** Reads a marker starting at `at` (which holds U+0001); returns the position and where it ends. */
export function decodeMarker(
  text: string,
  at: number,
  files: readonly string[],
): { position: SourcePosition; end: number } | null {
  const close = text.indexOf(END, at);
  if (text[at] !== START || close < 0) return null;
  const [f, l, c] = text
    .slice(at + 1, close)
    .split(":")
    .map(Number);
  const file = files[f ?? -1];
  if (file === undefined || l === undefined || c === undefined) return null;
  return { position: { file, line: l, column: c }, end: close + 1 };
}

/** The marker's first character, for scanners. */
export const MARKER_START = START;
