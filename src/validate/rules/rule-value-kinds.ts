import type { Hundredths } from "../../model/points.js";
import { toHundredths } from "../../model/points.js";
import type { ClassBand, TieBreaker } from "../../model/rules.js";
import type { CellValue } from "../../read/raw-workbook.js";
import { parseNumberText } from "../cell-values.js";
import { normalizeName } from "../normalize-name.js";

/*
 * Plain functions rather than a schema library (style.md says zod; here there is a reason not to):
 * loading zod/mini for a dozen values cost each `summarize` about 6% of its CPU time (about 40 ms on
 * samples/khoi-14, paired runs), and zod's messages are English and name JSON paths, so each had to be
 * translated, and a sheet's cell could only be named as `"flag.count"` with nothing quoted. Each kind
 * below says, in Vietnamese, what its setting takes, and the message quotes the cell or item as written.
 */

/** A value as JSON holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A value read, or what a right one looks like (Vietnamese, for `invalidRulesValue`) and, when one
 * item of a list is wrong, that item.
 */
export type ValueRead<T> = { ok: true; value: T } | { ok: false; expected: string; found?: string };

/**
 * The type of a setting (rules.md "Settings reference"): how its value is written in a `--rules`
 * file and in the `Quy tắc` sheet, and how `init` writes it into the sheet.
 */
export interface ValueKind<T> {
  /** Reads the value of a JSON key. */
  fromJson(value: unknown): ValueRead<T>;
  /** Reads the text of a value cell; `cell` tells a TRUE/FALSE cell from the text "TRUE". */
  fromSheet(text: string, cell: CellValue): ValueRead<T>;
  /** The value as `init` writes it into its cell; null leaves the cell empty (the setting unset). */
  toCell(value: T): string | number | null;
  /** The value as a rules file writes it (`ket-qua.json` keeps the rules so); `fromJson` reads it back. */
  toJson(value: T): JsonValue;
  /**
   * In the sheet, a value of one line per row: the rows under the key with an empty key (and the key
   * written again) add their lines to it.
   */
  addRow?(earlier: T, next: T): T;
  /** `init`: the drop-down list of the value cell. */
  list?: readonly string[];
  /** `init`: the number format of the value cell. */
  numFmt?: string;
}

const ok = <T>(value: T): ValueRead<T> => ({ ok: true, value });
const wrong = (expected: string, found?: string): ValueRead<never> =>
  found === undefined ? { ok: false, expected } : { ok: false, expected, found };

/** A number typed in a cell: decimal comma or point, an optional `%` sign after it. */
const cellNumber = (text: string): number | null => parseNumberText(text.replace(/%$/, ""));
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A kind whose JSON and sheet forms are the same number, checked by `accept`. */
function numberKind<T extends number>(expected: string, accept: (n: number) => T | null): ValueKind<T> {
  const read = (n: number | null) => {
    const value = n === null ? null : accept(n);
    return value === null ? wrong(expected) : ok(value);
  };
  return {
    fromJson: (v) => read(finite(v) ? v : null),
    fromSheet: (text) => read(cellNumber(text)),
    toCell: (value) => value,
    toJson: (value) => value,
  };
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** A number of units: a whole number, 0 or more. */
export const count = numberKind("một số nguyên không âm", (n) => (isCount(n) ? n : null));

/** A percent of the standard maximum, 0 to 100; `null` in a rules file means none. */
export const percent: ValueKind<number | null> = nullInJson(
  numberKind("một số phần trăm từ 0 đến 100", (n) => (n >= 0 && n <= 100 ? n : null)),
);

/** Points, exact to 0.01 (rules.md: never rounded away), kept in hundredths; `null` in a file: none. */
export const points: ValueKind<Hundredths | null> = nullInJson({
  ...numberKind("một số điểm không âm, tối đa 2 chữ số thập phân", (n) => (n >= 0 ? toHundredths(n) : null)),
  toCell: (value) => value / 100,
  toJson: (value) => value / 100,
});

/** `null` in a rules file is a value of the setting (none), which overrides the sheet's. */
function nullInJson<T>(kind: ValueKind<T>): ValueKind<T | null> {
  return {
    ...kind,
    fromJson: (v) => (v === null ? ok(null) : kind.fromJson(v)),
    toCell: (value) => (value === null ? null : kind.toCell(value)),
    toJson: (value) => (value === null ? null : kind.toJson(value)),
  };
}

/** `Số Bằng khen`: a number of units or all of them (`null`). */
export const countOrAll: ValueKind<number | null> = {
  fromJson: (v) =>
    v === "all"
      ? ok(null)
      : typeof v === "number" && isCount(v)
        ? ok(v)
        : wrong('một số nguyên không âm hoặc "all"'),
  fromSheet: (text) => {
    if (["tat ca", "all"].includes(normalizeName(text))) return ok(null);
    const n = cellNumber(text);
    return n !== null && isCount(n) ? ok(n) : wrong("một số nguyên không âm hoặc tất cả");
  },
  toCell: (value) => value,
  toJson: (value) => value ?? "all",
};

/** A threshold above 1 is a percentage (`50` = 50%). */
const share = (n: number) => (n > 1 ? n / 100 : n);

/**
 * A share of the member units: 0–1, or a percent (`50`, `50%` in the sheet), kept as 0–1. `150%`
 * reads as 1.5 and then as a percent, 0.015: a threshold above 100% means nothing, and the rules
 * have always read it so.
 */
export const ratio: ValueKind<number> = {
  fromJson: (v) =>
    finite(v) && v >= 0 && v <= 100 ? ok(share(v)) : wrong("một tỷ lệ từ 0 đến 1, hoặc phần trăm đến 100"),
  fromSheet: (text) => {
    const n = cellNumber(text);
    const value = n === null || !text.trim().endsWith("%") ? n : n / 100;
    return value !== null && value >= 0 && value <= 100
      ? ok(share(value))
      : wrong("một tỷ lệ như 0,5 hoặc 50%");
  },
  toCell: (value) => value,
  toJson: (value) => value,
  numFmt: "0%",
};

const YES = new Set(["co", "x", "true", "1", "yes", "dung"]);
const NO = new Set(["khong", "false", "0", "no", "sai"]);

/** Yes or no: `true`/`false` in a file; `có`/`không`, `x`, `1`/`0`, a TRUE/FALSE cell in the sheet. */
export const yesNo: ValueKind<boolean> = {
  fromJson: (v) => (typeof v === "boolean" ? ok(v) : wrong("true hoặc false")),
  fromSheet: (text, cell) => {
    const word = cell.kind === "boolean" ? String(cell.value) : normalizeName(text);
    return YES.has(word) ? ok(true) : NO.has(word) ? ok(false) : wrong("có hoặc không");
  },
  toCell: (value) => (value ? "có" : "không"),
  toJson: (value) => value,
  list: ["có", "không"],
};

/** Text, trimmed, not empty. */
export const text: ValueKind<string> = {
  fromJson: (v) => {
    const t = typeof v === "string" ? v.trim() : "";
    return t === "" ? wrong("một chuỗi chữ không rỗng") : ok(t);
  },
  fromSheet: (cellText) => text.fromJson(cellText),
  toCell: (value) => value,
  toJson: (value) => value,
};

/** A list read item by item; the first wrong item is the one reported. */
function listOf<T>(expected: string, item: (v: unknown) => ValueRead<T>): (v: unknown) => ValueRead<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return wrong(expected);
    const out: T[] = [];
    for (const element of v as unknown[]) {
      const read = item(element);
      if (!read.ok) return wrong(read.expected, read.found ?? shownJson(element));
      out.push(read.value);
    }
    return ok(out);
  };
}

/** A JSON value quoted in a message: a string as is, anything else as JSON, cut to stay one line. */
export function shownJson(value: unknown): string {
  const shown = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

/** Lines of text: a JSON list; in the sheet one line per row. */
export const lines: ValueKind<string[]> = {
  fromJson: listOf("một danh sách [ … ] các dòng chữ", text.fromJson),
  fromSheet: (cellText, cell) => {
    const line = text.fromSheet(cellText, cell);
    return line.ok ? ok([line.value]) : line;
  },
  addRow: (earlier, next) => [...earlier, ...next],
  // A cell holds one line: init writes the lines after the first on rows of their own (rule-rows.ts).
  toCell: (value) => value[0] ?? null,
  toJson: (value) => value,
};

const TIE_BREAKER_WORDS = "điểm trừ, điểm thưởng, tiêu chí:<mã>, tỷ lệ nữ hoặc số phiếu";
const TIE_BREAKERS = new Map<string, Exclude<TieBreaker["kind"], "criterion">>([
  ["deduction", "deduction"],
  ["diem tru", "deduction"],
  ["bonus", "bonus"],
  ["diem thuong", "bonus"],
  ["diem cong", "bonus"],
  ["women", "women"],
  ["ty le nu", "women"],
  ["votes", "votes"],
  ["so phieu", "votes"],
]);

/** The Vietnamese name of each tie-breaker, as `init` would write it. */
const TIE_BREAKER_NAMES = {
  deduction: "điểm trừ",
  bonus: "điểm thưởng",
  women: "tỷ lệ nữ",
  votes: "số phiếu",
} as const;

/** One tie-breaker by its English or Vietnamese name; a criterion's code is checked against the bloc later. */
function tieBreaker(v: unknown): ValueRead<TieBreaker> {
  const name = text.fromJson(v);
  if (!name.ok) return wrong(TIE_BREAKER_WORDS);
  if (/^(?:criterion|tieu chi)\s*:\s*(.+)$/.test(normalizeName(name.value))) {
    return ok({ kind: "criterion", code: name.value.slice(name.value.indexOf(":") + 1).trim() });
  }
  const kind = TIE_BREAKERS.get(normalizeName(name.value));
  return kind === undefined ? wrong(TIE_BREAKER_WORDS, name.value) : ok({ kind });
}

/** The items of a cell's list, separated by `separators`. */
const items = (cellText: string, separators: RegExp): string[] =>
  cellText
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const tieBreakersInCell = listOf(TIE_BREAKER_WORDS, tieBreaker);

/** Tie-breakers in order: a JSON list; in the sheet separated by commas. */
export const tieBreakers: ValueKind<TieBreaker[]> = {
  fromJson: listOf(`một danh sách [ … ] gồm: ${TIE_BREAKER_WORDS}`, tieBreaker),
  fromSheet: (cellText) => tieBreakersInCell(items(cellText, /[,;\n]/)),
  toCell: (value) =>
    value.length === 0
      ? null
      : value
          .map((t) => (t.kind === "criterion" ? `tiêu chí:${t.code}` : TIE_BREAKER_NAMES[t.kind]))
          .join(", "),
  toJson: (value) => value.map((t) => (t.kind === "criterion" ? `criterion:${t.code}` : t.kind)),
};

const BANDS_IN_SHEET = 'danh sách dạng "90: Xuất sắc; 80: Tốt" (mức từ 0 đến 100)';
const BANDS_IN_JSON = 'một danh sách [{ "min": 90, "label": "Xuất sắc" }, …] (min từ 0 đến 100)';

/** A band: `min` a percent, a label; a JSON band has exactly these two keys. */
function band(min: unknown, label: unknown): ValueRead<ClassBand> {
  const m = percent.fromJson(min);
  const l = text.fromJson(label);
  return m.ok && m.value !== null && l.ok ? ok({ min: m.value, label: l.value }) : wrong(BANDS_IN_JSON);
}

/** Classification bands: a JSON list of `{min, label}`; in the sheet `90: Xuất sắc; 80: Tốt`. */
export const classes: ValueKind<ClassBand[]> = {
  fromJson: listOf(BANDS_IN_JSON, (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return wrong(BANDS_IN_JSON);
    const keys = Object.keys(v);
    if (keys.length !== 2 || !keys.includes("min") || !keys.includes("label")) return wrong(BANDS_IN_JSON);
    const { min, label } = v as { min: unknown; label: unknown };
    return band(min, label);
  }),
  fromSheet: (cellText) => {
    const bands: ClassBand[] = [];
    for (const part of items(cellText, /[;\n]/)) {
      const m = /^([\d.,]+)\s*%?\s*[:=]\s*(.+)$/.exec(part);
      const min = m ? parseNumberText(m[1] ?? "") : null;
      const read = min === null ? null : band(min, m?.[2]);
      if (read === null || !read.ok) return wrong(BANDS_IN_SHEET, part);
      bands.push(read.value);
    }
    return ok(bands);
  },
  toCell: (value) => (value.length === 0 ? null : value.map((b) => `${b.min}: ${b.label}`).join("; ")),
  toJson: (value) => value.map((b) => ({ min: b.min, label: b.label })),
};
