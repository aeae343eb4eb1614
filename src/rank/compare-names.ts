/**
 * Names in Vietnamese collation, `Intl.Collator("vi")` (rules.md): the order of units inside a
 * shared rank, a display order only.
 *
 * Building that collator takes ICU about 8 ms (it assembles the Vietnamese tailoring), a fortieth of
 * a summarize, while two names in a shared rank nearly always first differ at two different letters
 * (`Sở Tài chính`, `Sở Nội vụ`; `Ban …`, `Đảng ủy …`). There the collator's answer is known without
 * it: up to that place the names are the same characters, so they weigh the same, and the first
 * difference between letters decides before any accent or case does. In Vietnamese order ă, â come
 * right after a, đ after d, ê after e, ô, ơ after o and ư after u; a tone mark (à ả ã á ạ) or a capital
 * only counts when every letter is the same. Everything else goes to the collator.
 */
export function compareNames(a: string, b: string): number {
  return letterOrder(a, b) ?? (collator ??= new Intl.Collator("vi")).compare(a, b);
}

let collator: Intl.Collator | null = null;

/**
 * -1 or 1 when the names first differ at two different letters or digits (tones and case aside);
 * 0 when they are the same text; null when only the collator can tell.
 */
export function letterOrder(a: string, b: string): number | null {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // One name begins the other, or a combining mark follows (a decomposed `a` + breve is ă): the collator.
  if (i === a.length || i === b.length || isMark(a, i + 1) || isMark(b, i + 1)) return null;
  const x = letterKey(a.charAt(i));
  const y = letterKey(b.charAt(i));
  if (x === null || y === null || x === y) return null;
  return x < y ? -1 : 1;
}

const isMark = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code >= 0x300 && code <= 0x36f;
};

// The marks that make a letter of their own, and its place after the base letter: a < ă < â, o < ô < ơ.
const LETTER_MARKS: Record<string, number> = { "\u0306": 1, "\u0302": 2, "\u031b": 3 };
// The tone marks: a secondary difference, counted only when every letter is the same.
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

const keys = new Map<string, number | null>();

/**
 * Where a character sorts by its letter alone: digits first, then the letters a–z, each Vietnamese
 * letter right after its base letter; null for anything else (a space, punctuation, a foreign letter).
 */
function letterKey(ch: string): number | null {
  let key = keys.get(ch);
  if (key !== undefined) return key;
  key = null;
  const lower = ch.toLowerCase();
  if (lower === "đ") key = 100 + ("d".charCodeAt(0) - 97) * 4 + 1;
  else if (lower.length === 1 && lower >= "0" && lower <= "9") key = lower.charCodeAt(0);
  else {
    const [base = "", ...marks] = lower.normalize("NFD");
    let variant = 0;
    let ok = base >= "a" && base <= "z" && base.length === 1;
    for (const mark of marks) {
      if (TONES.has(mark)) continue;
      const v = LETTER_MARKS[mark];
      if (v === undefined || variant !== 0) ok = false;
      else variant = v;
    }
    if (ok) key = 100 + (base.charCodeAt(0) - 97) * 4 + variant;
  }
  keys.set(ch, key);
  return key;
}
