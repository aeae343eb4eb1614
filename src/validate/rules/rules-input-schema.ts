import { z } from "zod";

const percent = z.number().min(0).max(100);
const awardName = z.strictObject({ name: z.string().trim().min(1).optional() });

/**
 * The rules a bloc may set (rules.md "Settings reference"), as written in `--rules rules.json`.
 * The `Quy tắc` sheet is converted to this same shape, so both are validated by one schema.
 * Unknown keys are errors (strict objects).
 */
export const rulesInputSchema = z.strictObject({
  /** `deduction`, `bonus`, `criterion:<code>`, `women`, `votes` (or their Vietnamese names), in order. */
  tieBreakers: z.array(z.string().trim().min(1)).optional(),
  /** Most bonus points counted. */
  bonusCap: z.number().min(0).nullable().optional(),
  /** Classification bands, percent of the standard maximum. */
  classes: z.array(z.strictObject({ min: percent, label: z.string().trim().min(1) })).optional(),
  flag: z
    .strictObject({ count: z.int().min(0).optional(), minPercent: percent.nullable().optional() })
    .optional(),
  /** Propose the leader for the Government's flag too. */
  governmentFlag: z.boolean().optional(),
  certificate: z
    .strictObject({
      count: z.union([z.int().min(0), z.literal("all")]).optional(),
      minPercent: percent.nullable().optional(),
    })
    .optional(),
  /** Votes must be above this share of the member units: 0–1, or a percent above 1. */
  voteThreshold: z.number().min(0).max(100).optional(),
  awards: z
    .strictObject({
      flag: awardName.optional(),
      governmentFlag: awardName.optional(),
      certificate: awardName.optional(),
    })
    .optional(),
  /** Lines of `Căn cứ` replacing the default legal bases. */
  legalBases: z.array(z.string().trim().min(1)).optional(),
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
