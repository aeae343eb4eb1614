/**
 * rulesToInput: the rules a bloc used, written out as a rules file, resolve to the same rules — what
 * lets `ket-qua.json` carry them to next year's workbook (`init --from`) without loss.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, type Rules } from "../../src/model/rules.js";
import { rulesToInput } from "../../src/output/rules-to-input.js";
import { resolveRules } from "../../src/validate/rules/resolve-rules.js";

const criterionOf = (code: string) =>
  ["1.1", "2"].includes(code)
    ? { code, content: "", max: 1000, type: "standard" as const, group: null, location: { file: "" } }
    : undefined;

const cases: [string, Rules][] = [
  ["the defaults", DEFAULT_RULES],
  [
    "every setting",
    {
      tieBreakers: [
        { kind: "deduction" },
        { kind: "criterion", code: "1.1" },
        { kind: "women" },
        { kind: "votes" },
        { kind: "bonus" },
      ],
      bonusCap: 550,
      classes: [
        { min: 92.5, label: "Xuất sắc" },
        { min: 0, label: "Khá" },
      ],
      flag: { count: 2, minPercent: 90, name: "Cờ thi đua của Bộ" },
      governmentFlag: { enabled: true, name: null },
      certificate: { count: 5, minPercent: 80.5, name: "Bằng khen của Bộ trưởng" },
      voteThreshold: 2 / 3,
      legalBases: ["Luật Thi đua, khen thưởng", "Quy chế của Khối"],
    },
  ],
];

describe("rulesToInput", () => {
  it.each(cases)("%s resolve back to the same rules", (_, rules) => {
    const input = rulesToInput(rules);
    const resolved = resolveRules([{ input, locate: () => ({ file: "" }) }], criterionOf);
    expect(resolved.diagnostics).toEqual([]);
    expect(resolved.rules).toEqual(rules);
  });
});
