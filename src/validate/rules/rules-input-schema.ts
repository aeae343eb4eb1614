import * as z from "zod/mini";

// zod's small build: the full one cost every run about 45 ms to load (760 KB with all its locales).
// This module is loaded only when read-rules-input.ts is unsure of the rules (validate-rules-input.ts).
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
