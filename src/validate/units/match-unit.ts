import type { Unit } from "../../model/bloc.js";
import { normalizeCode, normalizeName } from "../normalize-name.js";

/**
 * How a unit was recognised from a text (a sheet name, a file name, an `Đơn vị:` line), strongest
 * first: its code, its full name, its name as Excel cuts sheet names (31 characters), its full name
 * inside a longer text (`Bang tu cham diem 2024 - So Tai chinh`), its code as a word of a longer text,
 * or an abbreviation of its name (`Sở TC`, `VP UBND`).
 */
export type MatchHow =
  "code" | "name" | "cutName" | "nameInText" | "codeInText" | "abbreviation" | "abbreviationInText";

const STRENGTH: readonly MatchHow[] = [
  "code",
  "name",
  "cutName",
  "nameInText",
  "codeInText",
  "abbreviation",
  "abbreviationInText",
];

export type UnitMatch =
  | { kind: "one"; unit: Unit; how: MatchHow }
  | { kind: "several"; units: Unit[]; how: MatchHow }
  | { kind: "none" };

/** Excel limits sheet names to 31 characters: a unit's long name is often cut there. */
const SHEET_NAME_LIMIT = 31;

/** Words that say where a unit is, which abbreviations leave out (`VP UBND` for `Văn phòng UBND tỉnh`). */
const PLACE_WORDS = new Set([
  "tinh",
  "thanh",
  "pho",
  "tp",
  "huyen",
  "quan",
  "thi",
  "xa",
  "phuong",
  "thanh pho",
]);
/** Small words an abbreviation skips (`TN&MT` for `Tài nguyên và Môi trường`, `MTTQ tỉnh` for `Mặt trận Tổ quốc Việt Nam tỉnh`). */
const LINK_WORDS = new Set(["va", "cac", "cua", "viet", "nam"]);

const words = (text: string): string[] =>
  normalizeName(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");

/** `So Tai chinh (2)`, `SNV - 2024`: a copy's or a year's mark, which says nothing about the unit. */
export function withoutCopyMarks(text: string): string {
  return text
    .replace(/\s*\((\d{1,2}|copy|ban sao|bản sao)\)\s*$/iu, "")
    .replace(/\s*[-_–]?\s*(năm|nam)?\s*(19|20)\d\d\s*$/iu, "")
    .trim();
}

/**
 * A unit's name as words, and without the `Ủy ban nhân dân` a district's or town's name opens with
 * (`Huyện Nam Sách`, `TP Chí Linh` for `UBND huyện Nam Sách`, `Ủy ban nhân dân thành phố Chí Linh`).
 */
function nameForms(unit: Unit): string[][] {
  const all = words(unit.name);
  const head = all[0] === "ubnd" ? 1 : all.slice(0, 4).join(" ") === "uy ban nhan dan" ? 4 : 0;
  return head > 0 && all.length > head + 1 ? [all, all.slice(head)] : [all];
}

/** True when `tokens` spell `name` by whole words or by the initials of runs of words, in order. */
function spells(tokens: readonly string[], name: readonly string[]): boolean {
  const go = (t: number, n: number): boolean => {
    if (t === tokens.length) return name.slice(n).every((w) => PLACE_WORDS.has(w));
    const token = tokens[t] ?? "";
    for (let end = n + 1; end <= name.length; end++) {
      const run = name.slice(n, end);
      const whole = run.length === 1 && run[0] === token;
      // `H.` for `huyện`, `UBND` for `ủy ban nhân dân`, `LĐTBXH` for `lao động - thương binh và xã hội`.
      const initials =
        run.map((w) => w[0]).join("") === token ||
        (run.length > 2 &&
          run
            .filter((w) => !LINK_WORDS.has(w))
            .map((w) => w[0])
            .join("") === token);
      if ((whole || initials) && go(t + 1, end)) return true;
    }
    // A place or link word of the name may be left out in the middle too (`TN&MT`, `UBND tỉnh X`).
    const word = name[n] ?? "";
    return (PLACE_WORDS.has(word) || LINK_WORDS.has(word)) && go(t, n + 1);
  };
  return tokens.length > 0 && go(0, 0);
}

/** A run of the text's words spells the name (`UBND huyen Thanh Ha - tu cham 2024`). */
function spellsWithin(tokens: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (let j = tokens.length; j > i; j--) if (spells(tokens.slice(i, j), name)) return true;
  }
  return false;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, k) => haystack[i + k] === w)) return true;
  }
  return false;
}

function matches(how: MatchHow, text: string, unit: Unit): boolean {
  const key = normalizeName(text);
  switch (how) {
    case "code":
      return normalizeCode(text) === normalizeCode(unit.code);
    case "name":
      return key === normalizeName(unit.name);
    case "cutName":
      return key.length >= 10 && key === normalizeName(unit.name.slice(0, SHEET_NAME_LIMIT));
    case "nameInText":
      return containsRun(words(text), words(unit.name));
    case "codeInText":
      return words(unit.code).length === 1 && words(text).includes(normalizeName(unit.code));
    case "abbreviation":
      return nameForms(unit).some((name) => spells(words(text), name));
    case "abbreviationInText":
      return nameForms(unit).some((name) => spellsWithin(words(text), name));
  }
}

/**
 * The unit a text names, trying each way from the strongest; two units named the same way is an
 * ambiguity the caller must report, never a pick.
 */
export function matchUnit(text: string, units: readonly Unit[]): UnitMatch {
  const clean = withoutCopyMarks(text.normalize("NFC"));
  if (clean === "") return { kind: "none" };
  for (const how of STRENGTH) {
    const found = units.filter((u) => matches(how, clean, u));
    if (found.length === 1 && found[0]) return { kind: "one", unit: found[0], how };
    if (found.length > 1) {
      // A longer name inside the text wins over a shorter one it contains (`Sở Tư pháp` vs `Sở Tư pháp tỉnh`).
      if (how === "nameInText") {
        const longest = Math.max(...found.map((u) => words(u.name).length));
        const best = found.filter((u) => words(u.name).length === longest);
        if (best.length === 1 && best[0]) return { kind: "one", unit: best[0], how };
      }
      return { kind: "several", units: found, how };
    }
  }
  return { kind: "none" };
}

/** The unit whose name is closest to a text, for a "did you mean" in a message; null when none is close. */
export function closestUnit(text: string, units: readonly Unit[]): Unit | null {
  const mine = new Set(words(text));
  let best: Unit | null = null;
  let bestScore = 0;
  for (const unit of units) {
    const theirs = words(unit.name);
    const shared = theirs.filter((w) => mine.has(w)).length;
    const score = theirs.length === 0 ? 0 : shared / Math.max(theirs.length, mine.size);
    if (score > bestScore) {
      bestScore = score;
      best = unit;
    }
  }
  return bestScore >= 0.5 ? best : null;
}
