import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRulesInput } from "../../src/validate/rules/read-rules-input.js";
import { rulesInputSchema } from "../../src/validate/rules/rules-input-schema.js";

/** Values of the kinds a rules file or the `Quy tắc` sheet holds, right and wrong. */
const scalar = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 5, 50, 90, 100, 101, -1, 0.5, 2.5, 1e21, Number.NaN, Infinity, 2 ** 53),
  fc.constantFrom("", " ", "all", "All", " deduction ", "bonus", "x", "90"),
  fc.constantFrom(true, false, null),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ maxDepth: 3 }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("any"), { maxLength: 3 }),
  object: fc.dictionary(
    fc.constantFrom("name", "count", "minPercent", "min", "label", "flag", "x"),
    tie("any"),
    {
      maxKeys: 3,
    },
  ),
})).any;
const KEYS = [
  "tieBreakers",
  "bonusCap",
  "classes",
  "flag",
  "governmentFlag",
  "certificate",
  "voteThreshold",
  "awards",
  "legalBases",
  "toString",
  "unknown",
] as const;
const rules = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 });

/** Right rules of every setting, so the reading is also tried where it should succeed. */
const good = fc.record(
  {
    tieBreakers: fc.array(fc.constantFrom("deduction", " bonus ", "criterion:1.1"), { maxLength: 3 }),
    bonusCap: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 })),
    classes: fc.array(
      fc.record({ min: fc.integer({ min: 0, max: 100 }), label: fc.constantFrom("Tốt ", "Khá") }),
    ),
    flag: fc.record(
      {
        count: fc.nat(5),
        minPercent: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
      },
      { requiredKeys: [] },
    ),
    governmentFlag: fc.boolean(),
    certificate: fc.record(
      { count: fc.oneof(fc.nat(9), fc.constant("all")), minPercent: fc.constant(null) },
      { requiredKeys: [] },
    ),
    voteThreshold: fc.double({ min: 0, max: 100, noNaN: true }),
    awards: fc.record(
      { flag: fc.record({ name: fc.constantFrom("Cờ thi đua ", "x") }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    ),
    legalBases: fc.array(fc.constantFrom("Luật Thi đua, khen thưởng năm 2022;", " Nghị định 98 ")),
  },
  { requiredKeys: [] },
);

function agrees(input: unknown): void {
  const read = readRulesInput(input);
  const parsed = rulesInputSchema.safeParse(input);
  // Sure only of what the schema accepts, and then reads it the same.
  if (read !== undefined) {
    expect(parsed.success).toBe(true);
    expect(read).toEqual(parsed.data);
  }
}

describe("readRulesInput", () => {
  it("is never looser than the rules schema, and reads what it accepts the same", () => {
    fc.assert(fc.property(rules, agrees), { numRuns: 5000 });
  });

  it("is sure of right rules, and reads them as the schema does", () => {
    fc.assert(
      fc.property(good, (input) => {
        agrees(input);
        expect(readRulesInput(input)).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves an unknown key, even one every object has, to the schema", () => {
    expect(readRulesInput({ toString: 1 })).toBeUndefined();
    expect(readRulesInput(JSON.parse('{"__proto__": {"flag": 1}}'))).toBeUndefined();
    expect(readRulesInput({ flag: { count: 2, extra: true } })).toBeUndefined();
  });
});
