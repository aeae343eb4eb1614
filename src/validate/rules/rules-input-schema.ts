import * as z from "zod/mini";

// zod's small build: the full one cost every run about 45 ms to load (760 KB with all its locales).
const percent = z.number().check(z.minimum(0), z.maximum(100));
const text = z.string().check(z.trim(), z.minLength(1));
const awardName = z.strictObject({ name: z.optional(text) });

/**
 * The rules a bloc may set (rules.md "Settings reference"), as written in `--rules rules.json`.
 * The `Quy tắc` sheet is converted to this same shape, so both are validated by one schema.
 * Unknown keys are errors (strict objects).
 */
export const rulesInputSchema = z.strictObject({
  /** `deduction`, `bonus`, `criterion:<code>`, `women`, `votes` (or their Vietnamese names), in order. */
  tieBreakers: z.optional(z.array(text)),
  /** Most bonus points counted. */
  bonusCap: z.optional(z.nullable(z.number().check(z.minimum(0)))),
  /** Classification bands, percent of the standard maximum. */
  classes: z.optional(z.array(z.strictObject({ min: percent, label: text }))),
  flag: z.optional(
    z.strictObject({
      count: z.optional(z.int().check(z.minimum(0))),
      minPercent: z.optional(z.nullable(percent)),
    }),
  ),
  /** Propose the leader for the Government's flag too. */
  governmentFlag: z.optional(z.boolean()),
  certificate: z.optional(
    z.strictObject({
      count: z.optional(z.union([z.int().check(z.minimum(0)), z.literal("all")])),
      minPercent: z.optional(z.nullable(percent)),
    }),
  ),
  /** Votes must be above this share of the member units: 0–1, or a percent above 1. */
  voteThreshold: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  awards: z.optional(
    z.strictObject({
      flag: z.optional(awardName),
      governmentFlag: z.optional(awardName),
      certificate: z.optional(awardName),
    }),
  ),
  /** Lines of `Căn cứ` replacing the default legal bases. */
  legalBases: z.optional(z.array(text)),
});

export type RulesInput = z.infer<typeof rulesInputSchema>;

/** The JSON keys, for the "known keys" list of an unknown-key error. */
export const KNOWN_RULE_KEYS = [
  "tieBreakers",
  "bonusCap",
  "classes",
  "flag.count",
  "flag.minPercent",
  "governmentFlag",
  "certificate.count",
  "certificate.minPercent",
  "voteThreshold",
  "awards.flag.name",
  "awards.governmentFlag.name",
  "awards.certificate.name",
  "legalBases",
];

/** Expands dotted keys (`"flag.count": 2`) into nested objects, which scripts often write. */
export function expandDottedKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const parts = key.split(".");
    let target = out;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (typeof next !== "object" || next === null || Array.isArray(next)) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1] ?? key;
    const existing = target[last];
    const expanded = expandDottedKeys(v);
    target[last] =
      typeof existing === "object" && existing !== null && typeof expanded === "object" && expanded !== null
        ? { ...existing, ...expanded }
        : expanded;
  }
  return out;
}
