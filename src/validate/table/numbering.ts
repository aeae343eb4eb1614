import { remembered } from "./remembered.js";
import { normalizeName } from "../normalize-name.js";

/**
 * How deep a numbering sits in a scoring table, outermost first: `A.` parts, `I.` groups, `1.` items,
 * `1.1` sub-items, `a)` points, `-` bullets. Published tables restart `1, 2…` under each `I, II…`, so the
 * level, not the label alone, says which row a row belongs to.
 */
export type NumberingLevel = "part" | "roman" | "arabic" | "letter" | "bullet" | "code";

/** `code`: a code a bloc chose (`TC3`, `TR`), not a numbering: at the items' depth, never a group of others. */
const LEVEL_DEPTH: Record<NumberingLevel, number> = {
  part: 0,
  roman: 1,
  arabic: 2,
  letter: 6,
  bullet: 7,
  code: 2,
};

/** A row's numbering as typed: its level, its label (`II`, `3`, `1.2`, `a`) and its depth for nesting. */
export interface Numbering {
  level: NumberingLevel;
  label: string;
  /** Nesting depth: `1.2` is one deeper than `1`, two deeper than `I`. */
  depth: number;
}

/** Upper-case Roman numerals up to 39 (`I`…`XXXIX`): enough for any table's groups. */
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;
const ARABIC = /^\d{1,3}(\.\d{1,3})*$/;
/** A code such as `I.2`, `II.1.3`: a group numeral then item numbers. */
const ROMAN_DOTTED = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})(\.\d{1,3})+$/;
const BULLETS = new Set(["-", "+", "*", "•", "–", "—", "o", "·"]);

/** A criterion's own code (`TC3`, `TR`, `1a`), which is not a numbering. */
export function ownCode(label: string): Numbering {
  return { level: "code", label, depth: LEVEL_DEPTH.code };
}

/** Reads a numbering typed in a code cell (`II`, `II.`, `1`, `1.2`, `a)`, `-`); null for anything else. */
export const parseNumbering = remembered(readNumbering);

function readNumbering(text: string): Numbering | null {
  const t = text.normalize("NFC").trim();
  if (t === "") return null;
  if (BULLETS.has(t)) return { level: "bullet", label: "-", depth: LEVEL_DEPTH.bullet };
  const label = t
    .replace(/^\(/, "")
    .replace(/[.):]+$/, "")
    .trim();
  if (label === "") return null;
  if (ROMAN.test(label)) return { level: "roman", label, depth: LEVEL_DEPTH.roman };
  if (ROMAN_DOTTED.test(label)) {
    const dots = label.split(".").length - 1;
    return { level: "arabic", label, depth: LEVEL_DEPTH.arabic + dots - 1 };
  }
  if (ARABIC.test(label)) {
    const dots = label.split(".").length - 1;
    return { level: "arabic", label, depth: LEVEL_DEPTH.arabic + dots };
  }
  if (/^[A-ZĐ]$/u.test(label)) return { level: "part", label, depth: LEVEL_DEPTH.part };
  if (/^[a-zđ]$/.test(label)) return { level: "letter", label, depth: LEVEL_DEPTH.letter };
  return null;
}

/**
 * The numbering at the start of a text (`I. CÔNG TÁC…`, `1. Hoàn thành…`, `a) …`, `- …`,
 * `Phần II: …`), and the text after it. A numbering must be followed by `.`, `)` or `:` (a bullet by
 * a space) so that `1 cuộc` or `A Lưới` stay text.
 */
export const leadingNumbering = remembered(readLeadingNumbering);

function readLeadingNumbering(text: string): { numbering: Numbering; rest: string } | null {
  const t = text.normalize("NFC").trim();
  const part = /^(phần|mục|phan|muc)\s+([IVX]+|[A-Z]|\d+)\s*[.:)-]?\s*(.*)$/iu.exec(t);
  if (part?.[2] !== undefined) {
    return {
      numbering: { level: "part", label: part[2].toUpperCase(), depth: LEVEL_DEPTH.part },
      rest: part[3] ?? "",
    };
  }
  const bullet = /^([-+*•–—·])\s*(.+)$/u.exec(t);
  if (bullet?.[2] !== undefined && !/^\d/.test(bullet[2]))
    return { numbering: { level: "bullet", label: "-", depth: LEVEL_DEPTH.bullet }, rest: bullet[2] };
  const numbered =
    /^(\(?[A-Za-zđĐ]\)|[IVX]+\.(?!\d)|[A-ZĐ]\.(?!\d)|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\.)\s*(.*)$/u.exec(t);
  if (numbered?.[1] !== undefined) {
    const numbering = parseNumbering(numbered[1]);
    if (numbering) return { numbering, rest: numbered[2] ?? "" };
  }
  return null;
}

/** Roman numeral → its value (`IV` → 4); null when it is not one. */
export function romanValue(label: string): number | null {
  if (!ROMAN.test(label)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = values[label[i] ?? ""] ?? 0;
    const next = values[label[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * A path's key for loose matching: Roman numerals as numbers, case and diacritics folded
 * (`II.3.a` and `2.3.A` are one key). Used only when the exact code or path matches nothing.
 */
export function canonicalPath(path: string): string {
  return path
    .split(".")
    .map((segment) => {
      const roman = romanValue(segment);
      return roman === null ? normalizeName(segment) : String(roman);
    })
    .join(".");
}
