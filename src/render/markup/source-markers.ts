import type { SourcePosition } from "../source-position.js";

/*
 * Before every `<` of a template's literal text the renderer inserts an invisible marker holding the
 * template file and the `<`'s line and column. The markup parser reads the markers, so a markup
 * error points into the template the IT officer edits, not into the rendered text. U+0001/U+0002
 * cannot come from the data: the view model strips them (XML cannot hold them either).
 */
const START = "\u0001";
const END = "\u0002";
const END_CODE = 0x02;
const COLON = 0x3a;
const ZERO = 0x30;
const NINE = 0x39;
/** More digits than this could lose precision in the fast reading: the general reading decides. */
const MAX_DIGITS = 15;

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
  return decodeWrittenMarker(text, at, files) ?? decodeAnyMarker(text, at, files);
}

/**
 * The markers `encodeMarker` writes (`file:line:column`, digits only), read without slicing or
 * splitting: a 500-unit matrix holds 160 000 of them. Anything else returns null for the general
 * reading below, which then gives the same answer as it always did.
 */
function decodeWrittenMarker(
  text: string,
  at: number,
  files: readonly string[],
): { position: SourcePosition; end: number } | null {
  if (text.charCodeAt(at) !== 0x01) return null;
  // Three numbers in three variables: an array and its destructuring cost objects for each of the
  // thousands of markers of a document (README, "Speed").
  let f = -1;
  let line = 0;
  let column = 0;
  let j = at + 1;
  for (let part = 0; part < 3; part++) {
    const start = j;
    let value = 0;
    for (let code = text.charCodeAt(j); code >= ZERO && code <= NINE; code = text.charCodeAt(++j)) {
      value = value * 10 + (code - ZERO);
    }
    if (j === start || j - start > MAX_DIGITS) return null;
    if (part === 0) f = value;
    else if (part === 1) line = value;
    else column = value;
    if (text.charCodeAt(j) !== (part < 2 ? COLON : END_CODE)) return null;
    j++;
  }
  const file = files[f];
  if (file === undefined) return null;
  return { position: { file, line, column }, end: j };
}

/** The general reading: any text up to the next U+0002, split at colons, read as numbers. */
function decodeAnyMarker(
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
