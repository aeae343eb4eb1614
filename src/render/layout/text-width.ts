/*
 * Advance widths of Times New Roman, in 1/1000 em, for the printable ASCII characters (0x20–0x7E).
 * Read from the hmtx table of Liberation Serif (Regular and Bold), which is metric-compatible with
 * Times New Roman by design, so the numbers are those of the font Word will use. Vietnamese letters
 * are measured by their base letter plus the horn of ơ/ư; the other diacritics sit above or below.
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** The horn of ơ/ư (U+031B) widens the letter: ư is 542 against u 500 (bold 600 against 556). */
const HORN = "\u031B";

/** The base letter of a Vietnamese character: `Ộ` → `O`, `đ` → `d`. */
function baseLetter(ch: string): string {
  if (ch === "đ") return "d";
  if (ch === "Đ") return "D";
  return ch.normalize("NFD").charAt(0);
}

/** Width of a character in 1/1000 em, regular and bold; memoised: a 500-unit matrix measures every cell. */
const widths = new Map<string, readonly [number, number]>();

function charWidths(ch: string): readonly [number, number] {
  const hit = widths.get(ch);
  if (hit) return hit;
  const base = baseLetter(ch);
  const index = base.charCodeAt(0) - 0x20;
  const horn = ch.normalize("NFD").includes(HORN) ? (base === base.toUpperCase() ? 60 : 50) : 0;
  const pair = [(REGULAR[index] ?? 500) + horn, (BOLD[index] ?? 500) + horn] as const;
  widths.set(ch, pair);
  return pair;
}

/** Widths of the ASCII characters (and the C0 controls, 500 as for any unknown character), by code. */
const ASCII: readonly [Float64Array, Float64Array] = [asciiWidths(REGULAR), asciiWidths(BOLD)];

function asciiWidths(table: readonly number[]): Float64Array {
  const out = new Float64Array(0x80);
  for (let code = 0; code < 0x80; code++) out[code] = table[code - 0x20] ?? 500;
  return out;
}

/**
 * Below U+0300 (combining marks) every character is its own NFC form, so such a text is measured
 * as it stands, without `normalize` and its copy; Vietnamese letters outside Latin-1 take the general way.
 */
const FIRST_COMBINING = 0x300;

/** Width of a text in 1/1000 em: the sum of its characters' widths. */
function thousandthsOf(text: string, slot: 0 | 1): number {
  const ascii = ASCII[slot];
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) thousandths += ascii[code] ?? 500;
    else if (code < FIRST_COMBINING) thousandths += charWidths(text.charAt(i))[slot];
    else return normalizedThousandths(text, slot);
  }
  return thousandths;
}

function normalizedThousandths(text: string, slot: 0 | 1): number {
  let thousandths = 0;
  for (const ch of text.normalize("NFC")) thousandths += charWidths(ch)[slot];
  return thousandths;
}

/** Estimated width in twips of a line of Times New Roman text at a size in points. */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  return Math.round((thousandthsOf(text, bold ? 1 : 0) / 1000) * sizePt * 20);
}

/** Widest word of a text, in 1/1000 em, by text: a matrix repeats the same scores in many cells. */
const widestWords: readonly [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
/** A bound on each memo, so a batch of many blocs does not keep every text it has measured. */
const WIDEST_WORDS_LIMIT = 20_000;

/**
 * Estimated width in twips of the widest word of a text (split at white space), at a size in points:
 * the width a column needs so that no word of the text wraps. The same as the largest
 * `textWidthTwips` of the words, since rounding a larger width never gives a smaller number.
 */
export function widestWordTwips(text: string, sizePt: number, bold: boolean): number {
  const slot = bold ? 1 : 0;
  const memo = widestWords[slot];
  let widest = memo.get(text);
  if (widest === undefined) {
    widest = 0;
    for (const word of text.split(/\s+/)) widest = Math.max(widest, thousandthsOf(word, slot));
    if (memo.size >= WIDEST_WORDS_LIMIT) memo.clear();
    memo.set(text, widest);
  }
  return Math.round((widest / 1000) * sizePt * 20);
}
