import type { RulesInput } from "./rules-input-schema.js";

/*
 * A hand-written reading of `rulesInputSchema` for rules that are right: what the schema's safeParse
 * would give (strings trimmed, nothing else changed), or `undefined` whenever it is not sure, and
 * then the schema decides and words the messages. A bloc's rules are a handful of values; loading
 * zod to check them cost every run more than checking them. It may be stricter than the schema,
 * never looser (test/rules/read-rules-input.test.ts compares them).
 */

type Reader<T> = (value: unknown) => T | undefined;

/** A plain object (as JSON.parse and object literals make them). */
function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const prototype: unknown = Object.getPrototypeOf(v);
  return prototype === Object.prototype || prototype === null;
}

const number: Reader<number> = (v) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const percent: Reader<number> = (v) => {
  const n = number(v);
  return n !== undefined && n >= 0 && n <= 100 ? n : undefined;
};
const nonNegative: Reader<number> = (v) => {
  const n = number(v);
  return n !== undefined && n >= 0 ? n : undefined;
};
const count: Reader<number> = (v) =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
const text: Reader<string> = (v) => {
  const t = typeof v === "string" ? v.trim() : "";
  return t !== "" ? t : undefined;
};
const boolean: Reader<boolean> = (v) => (typeof v === "boolean" ? v : undefined);

/** `null` stays null (a nullable setting); anything else is read by `read`. */
const nullable =
  <T>(read: Reader<T>): Reader<T | null> =>
  (v) =>
    v === null ? null : read(v);

const list =
  <T>(read: Reader<T>): Reader<T[]> =>
  (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const item of v) {
      const r = read(item);
      if (r === undefined) return undefined;
      out.push(r);
    }
    return out;
  };

/**
 * A strict object: only the keys of `shape`, each read, or absent (and then absent from the result)
 * unless it is one of `required`.
 */
function object<T extends object>(
  shape: { [K in keyof T]-?: Reader<T[K]> },
  required: readonly (keyof T)[] = [],
): Reader<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (v) => {
    if (!isRecord(v)) return undefined;
    for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) return undefined;
    const out: Partial<T> = {};
    for (const key of keys) {
      if (!Object.hasOwn(v, key) || v[key] === undefined) {
        if (required.includes(key)) return undefined;
        continue;
      }
      const r = shape[key](v[key]);
      if (r === undefined) return undefined;
      out[key] = r;
    }
    return out as T;
  };
}

type Defined<T> = Exclude<T, undefined>;
const awardName = object<Defined<Defined<RulesInput["awards"]>["flag"]>>({ name: text });

/** The rules, read; `undefined` when the schema must decide. */
export const readRulesInput: Reader<RulesInput> = object<RulesInput>({
  tieBreakers: list(text),
  bonusCap: nullable(nonNegative),
  classes: list(
    object<Defined<RulesInput["classes"]>[number]>({ min: percent, label: text }, ["min", "label"]),
  ),
  flag: object<Defined<RulesInput["flag"]>>({ count, minPercent: nullable(percent) }),
  governmentFlag: boolean,
  certificate: object<Defined<RulesInput["certificate"]>>({
    count: (v) => (v === "all" ? "all" : count(v)),
    minPercent: nullable(percent),
  }),
  voteThreshold: percent,
  awards: object<Defined<RulesInput["awards"]>>({
    flag: awardName,
    governmentFlag: awardName,
    certificate: awardName,
  }),
  legalBases: list(text),
});
