import type { BlocKind, CalendarDate } from "../../model/bloc.js";
import { formatPoints, toHundredths } from "../../model/points.js";
import { adaptBlocWording } from "../../view/bloc-words.js";
import { padCount } from "../../view/text/pad-count.js";
import { romanNumeral } from "../../view/text/roman-numeral.js";
import { upperVietnamese } from "../../view/text/upper-vietnamese.js";
import { formatVietnameseDate } from "../../view/text/vietnamese-date.js";
import { vietnameseOrdinal } from "../../view/text/vietnamese-ordinal.js";

/** What Handlebars passes last to a helper; only the parts the helpers read. */
export interface HelperOptions {
  hash: Record<string, unknown>;
  data?: { root?: unknown };
}

/** A helper: positional arguments, then the options. It returns text (escaped by Handlebars) or a value. */
export type Helper = (...args: unknown[]) => unknown;

const describe = (v: unknown): string =>
  typeof v === "string" ? `"${v}"` : v === undefined ? "nothing" : (JSON.stringify(v) ?? String(v));

function wholeNumber(helper: string, v: unknown): number {
  const n = typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n))
    throw new Error(`{{${helper}}} expects a whole number, got ${describe(v)}`);
  return n;
}

function text(helper: string, v: unknown): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  throw new Error(`{{${helper}}} expects text, got ${describe(v)}`);
}

function calendarDate(v: unknown): CalendarDate {
  if (typeof v === "string") {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
    if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  } else if (v !== null && typeof v === "object" && "year" in v && "month" in v && "day" in v) {
    const { year, month, day } = v;
    if (typeof year === "number" && typeof month === "number" && typeof day === "number")
      return { year, month, day };
  }
  throw new Error(`{{date}} expects a date such as "16/01/2024", got ${describe(v)}`);
}

function blocKind(options: unknown): BlocKind {
  const root = (options as HelperOptions | undefined)?.data?.root;
  const bloc = root !== null && typeof root === "object" && "bloc" in root ? root.bloc : null;
  const kind = bloc !== null && typeof bloc === "object" && "kind" in bloc ? bloc.kind : null;
  return kind === "cum" ? "cum" : "khoi";
}

/**
 * The helpers templates may call (templates/README.md). Each takes its arguments and the Handlebars
 * options last; a wrong argument throws, and the renderer reports it at the call's line and column.
 */
export const TEMPLATE_HELPERS: Record<string, Helper> = {
  /** `{{date "16/01/2024"}}` → `ngày 16 tháng 01 năm 2024` (NĐ 30/2020 leading-zero rule). */
  date: (value) => formatVietnameseDate(calendarDate(value)),
  /** `{{decimal 95.5}}` → `95,50`: decimal comma, two decimals. */
  decimal: (value) => {
    const n = typeof value === "string" ? Number(value.replace(",", ".")) : value;
    const h = typeof n === "number" ? toHundredths(n) : null;
    if (h === null)
      throw new Error(`{{decimal}} expects a number with at most two decimals, got ${describe(value)}`);
    return formatPoints(h);
  },
  /** `{{count 5}}` or `{{count units}}` → `05`: counts of units in prose are zero-padded. */
  count: (value) => padCount(Array.isArray(value) ? value.length : wholeNumber("count", value)),
  /** `{{roman 2}}` → `II`. */
  roman: (value) => romanNumeral(wholeNumber("roman", value)),
  /** `{{ordinal 1}}` → `thứ nhất`. */
  ordinal: (value) => vietnameseOrdinal(wholeNumber("ordinal", value)),
  /** `{{upper bloc.name}}` → `CỤM THI ĐUA SỐ 02`, diacritics kept. */
  upper: (value) => upperVietnamese(text("upper", value)),
  /** `{{khoi "Khối trưởng"}}` → `Cụm trưởng` in a cụm: write the Khối words, get the bloc's. */
  khoi: (value, options) => adaptBlocWording(text("khoi", value), blocKind(options)),
  /** `{{inc @index}}` → the 1-based row number. */
  inc: (value) => wholeNumber("inc", value) + 1,
  /** `{{#if (eq format.kind "party")}}`: strict equality. */
  eq: (a, b) => a === b,
};

/** Handlebars' own helpers, kept and wrapped so their errors also carry a template position. */
export const BUILTIN_HELPERS = ["each", "if", "unless", "with", "lookup", "log"] as const;
