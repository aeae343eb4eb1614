import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/compute/compute-result.js";
import type { AwardKind } from "../../src/model/bloc.js";
import type { Proposal } from "../../src/model/result.js";
import { makeBloc, type UnitSpec } from "../helpers/make-bloc.js";

const line = (proposals: readonly Proposal[]): string =>
  proposals.map((p) => `${p.award}: ${p.units.join(" ")}`).join(" | ");

/** Units A (95), B (90), C (85), D (80) with the given overrides (undefined = empty cell). */
const decided = (
  overrides: Record<string, AwardKind[] | null>,
  extra: Record<string, Partial<UnitSpec>> = {},
) =>
  computeResult(
    makeBloc({
      units: ["A", "B", "C", "D"].map((code) => ({
        code,
        awardOverride: overrides[code] ?? null,
        ...extra[code],
      })),
      scores: { A: 95, B: 90, C: 85, D: 80 },
    }),
  );

describe("conference override (Đề nghị khen thưởng)", () => {
  it("takes the proposals from the column alone, decidedBy conference, keeping the ladder beside it", () => {
    const { result, diagnostics } = decided({
      A: ["certificate"],
      B: ["flag", "governmentFlag"],
      C: ["certificate"],
      D: [],
    });
    expect(line(result?.proposals ?? [])).toBe("flag: B | governmentFlag: B | certificate: A C");
    expect(result?.proposals.every((p) => p.decidedBy === "conference")).toBe(true);
    expect(line(result?.computedProposals ?? [])).toBe("flag: A | certificate: B C D");
    expect(result?.computedProposals.every((p) => p.decidedBy === "rules")).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it("gives nothing to units marked Không ([]), and lists no proposal when all are Không", () => {
    const { result, diagnostics } = decided({ A: [], B: [], C: [], D: [] });
    expect(result?.proposals).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it("warns once, listing the units left empty in ranking order; they get no proposal", () => {
    const { result, diagnostics } = decided({ B: ["flag"], C: [] });
    expect(line(result?.proposals ?? [])).toBe("flag: B");
    expect(diagnostics).toMatchObject([
      {
        code: "conferenceUnitsWithoutAward",
        severity: "warning",
        location: { sheet: "Đơn vị" },
        args: { codes: ["A", "D"], units: ["Đơn vị A", "Đơn vị D"] },
      },
    ]);
  });

  it("is an error, at the unit's row, to give an award to a disciplined unit", () => {
    const { result, diagnostics } = decided(
      { A: ["flag"], B: ["certificate"], C: [], D: [] },
      { A: { discipline: "Khiển trách" } },
    );
    expect(result).toBeNull();
    expect(diagnostics).toMatchObject([
      {
        code: "overrideIneligible",
        severity: "error",
        location: { sheet: "Đơn vị", row: 2 },
        args: { code: "A", discipline: "Khiển trách", award: ["Cờ thi đua của Ủy ban nhân dân tỉnh"] },
      },
    ]);
  });

  it("accepts Không for a disciplined unit", () => {
    const { result, diagnostics } = decided({ A: [], B: ["flag"], C: [], D: [] }, { A: { discipline: "x" } });
    expect(line(result?.proposals ?? [])).toBe("flag: B");
    expect(diagnostics).toEqual([]);
  });

  it("warns (overrideBelowRequirement) when the conference goes below the rating or minimum of the rules", () => {
    const { result, diagnostics } = decided({ A: [], B: [], C: [], D: ["flag"] }, { D: { rating: "htt" } });
    expect(line(result?.proposals ?? [])).toBe("flag: D");
    expect(diagnostics).toMatchObject([
      {
        code: "overrideBelowRequirement",
        severity: "warning",
        location: { row: 5 },
        args: { code: "D", reasons: ["rating"] },
      },
    ]);
  });

  it("drops the ladder's boundary ties: the conference has voted", () => {
    const bloc = makeBloc({
      units: [{ code: "A", awardOverride: ["flag"] }, { code: "B", awardOverride: ["certificate"] }, "C"],
      scores: { A: 95, B: 95, C: 80 },
    });
    const { result, diagnostics } = computeResult(bloc);
    expect(result?.ties).toEqual([]);
    expect(line(result?.computedProposals ?? [])).toBe("certificate: C");
    expect(diagnostics.map((d) => d.code)).toEqual(["conferenceUnitsWithoutAward"]);
  });
});
