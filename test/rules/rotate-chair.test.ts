import { describe, expect, it } from "vitest";
import type { BlocInfo } from "../../src/model/bloc.js";
import { rankUnits } from "../../src/rank/rank-units.js";
import { rotateChair, type Rotation } from "../../src/rotate/rotate-chair.js";
import { scoreUnits } from "../../src/score/score-units.js";
import { makeBloc, type BlocSpec, type UnitSpec } from "../helpers/make-bloc.js";

const rotate = (spec: BlocSpec): Rotation => {
  const bloc = makeBloc(spec);
  return rotateChair(bloc, rankUnits(bloc, scoreUnits(bloc)));
};
/** "B/C": next chair / next deputy, "-" when undecided. */
const next = (r: Rotation): string => `${r.rotation.next.chair ?? "-"}/${r.rotation.next.deputy ?? "-"}`;

const ABCDE = ["A", "B", "C", "D", "E"];
/** Units A–E (or specs) with chair and deputy this year, under round-robin. */
const circle = (chair: string, deputy: string | null, units: (string | UnitSpec)[] = ABCDE): BlocSpec => ({
  units,
  info: { chair, deputy, rotation: "round-robin" },
});
const skip = (...codes: string[]): UnitSpec[] =>
  ABCDE.map((code) => ({ code, noRotation: codes.includes(code) }));

describe("round-robin (vòng tròn)", () => {
  it.each<{ name: string; spec: BlocSpec; expected: string }>([
    {
      name: "rules.md example: A B C D E, chair A, deputy B → B, C",
      spec: circle("A", "B"),
      expected: "B/C",
    },
    { name: "in the middle of the circle", spec: circle("C", "D"), expected: "D/E" },
    { name: "wrap-around of the deputy", spec: circle("D", "E"), expected: "E/A" },
    { name: "wrap-around of the chair (no deputy)", spec: circle("E", null), expected: "A/B" },
    { name: "no deputy: the unit after the chair", spec: circle("A", null), expected: "B/C" },
    {
      name: "the deputy does not serve: the unit after the chair",
      spec: circle("A", "B", skip("B")),
      expected: "C/D",
    },
    {
      name: "the next deputy skips a unit that does not serve",
      spec: circle("A", "B", skip("C")),
      expected: "B/D",
    },
    {
      name: "the chair does not serve: its place in the order still counts",
      spec: circle("C", null, skip("C")),
      expected: "D/E",
    },
    { name: "the chair does not serve, its deputy does", spec: circle("C", "D", skip("C")), expected: "D/E" },
    {
      name: "the last unit does not serve: wrap past it",
      spec: circle("D", null, skip("E")),
      expected: "A/B",
    },
    { name: "a deputy out of circle order is still next chair", spec: circle("A", "D"), expected: "D/E" },
    {
      name: "deputy equal to the chair (bad input) counts as no deputy",
      spec: circle("A", "A"),
      expected: "B/C",
    },
    { name: "two serving units swap", spec: circle("A", "B", ["A", "B"]), expected: "B/A" },
    {
      name: "several units that do not serve are skipped",
      spec: circle("A", "C", skip("B", "D")),
      expected: "C/E",
    },
    {
      name: "Thứ tự luân phiên gives the circle (C, A, B)",
      spec: circle("C", null, [
        { code: "A", rotationOrder: 2 },
        { code: "B", rotationOrder: 3 },
        { code: "C", rotationOrder: 1 },
      ]),
      expected: "A/B",
    },
    {
      name: "units without Thứ tự luân phiên follow the numbered ones in row order",
      spec: circle("B", null, [
        { code: "A" },
        { code: "B", rotationOrder: 1 },
        { code: "C" },
        { code: "D", rotationOrder: 2 },
      ]),
      expected: "D/A",
    },
  ])("$name", ({ spec, expected }) => {
    const r = rotate(spec);
    expect(next(r)).toBe(expected);
    expect(r.diagnostics).toEqual([]);
    expect(r.ties).toEqual([]);
  });

  it("states this year's chair and deputy and the method", () => {
    expect(rotate(circle("A", "B")).rotation).toEqual({
      method: "round-robin",
      current: { chair: "A", deputy: "B" },
      next: { chair: "B", deputy: "C" },
    });
  });
});

describe("fewer than two serving units", () => {
  it.each<{ name: string; units: (string | UnitSpec)[]; found: number }>([
    { name: "one serving unit", units: skip("B", "C", "D", "E"), found: 1 },
    { name: "none", units: skip(...ABCDE), found: 0 },
    { name: "a bloc of one", units: ["A"], found: 1 },
  ])("$name → rotationTooFew", ({ units, found }) => {
    for (const rotation of ["round-robin", "by-rank", "assigned"] as const) {
      const r = rotate({
        units,
        info: { chair: "A", deputy: null, rotation, nextChair: "A", nextDeputy: "B" },
      });
      expect(next(r)).toBe("-/-");
      expect(r.diagnostics).toMatchObject([
        { code: "rotationTooFew", severity: "error", location: { sheet: "Đơn vị" }, args: { found } },
      ]);
    }
  });
});

describe("by rank (theo xếp hạng)", () => {
  const byRank = (
    totals: Record<string, number>,
    chair: string,
    units?: (string | UnitSpec)[],
    info: Partial<BlocInfo> = {},
  ): BlocSpec => ({
    units: units ?? Object.keys(totals),
    scores: totals,
    info: { chair, deputy: null, rotation: "by-rank", ...info },
  });

  it.each<{ name: string; spec: BlocSpec; expected: string; ties?: string }>([
    {
      name: "the best ranked other than this year's chair",
      spec: byRank({ A: 95, B: 90, C: 85, D: 80 }, "A"),
      expected: "B/C",
    },
    {
      name: "this year's chair not first: the leader chairs",
      spec: byRank({ A: 95, B: 90, C: 85 }, "C"),
      expected: "A/B",
    },
    {
      name: "units that do not serve are passed over",
      spec: byRank({ A: 95, B: 90, C: 85, D: 80 }, "D", [
        { code: "A", noRotation: true },
        "B",
        { code: "C", noRotation: true },
        "D",
      ]),
      expected: "B/D",
    },
    {
      name: "two serving units, one chairing: the other chairs, the outgoing chair is deputy",
      spec: byRank({ A: 95, B: 90, C: 85 }, "B", ["A", "B", { code: "C", noRotation: true }]),
      expected: "A/B",
    },
    {
      name: "a chair that does not serve is simply not a candidate",
      spec: byRank({ A: 95, B: 90, C: 85 }, "A", [{ code: "A", noRotation: true }, "B", "C"]),
      expected: "B/C",
    },
    {
      name: "a tie with a unit that does not serve is no tie",
      spec: byRank({ A: 95, B: 90, X: 90, C: 85 }, "A", ["A", "B", { code: "X", noRotation: true }, "C"]),
      expected: "B/C",
    },
    {
      name: "a tie for the chair: both undecided",
      spec: byRank({ A: 95, B: 90, C: 90, D: 85 }, "A"),
      expected: "-/-",
      ties: "chair@2: B C",
    },
    {
      name: "a tie for the chair at rank 1, this year's chair elsewhere",
      spec: byRank({ A: 95, B: 95, C: 90 }, "C"),
      expected: "-/-",
      ties: "chair@1: A B",
    },
    {
      name: "a tie for the deputy only: the deputy undecided",
      spec: byRank({ A: 95, B: 90, C: 85, D: 85 }, "A"),
      expected: "B/-",
      ties: "deputy@3: C D",
    },
    {
      name: "a tie-breaker settles the chair",
      spec: {
        ...byRank({ A: 95, B: 90, C: 90 }, "A", ["A", { code: "B", votes: 1 }, { code: "C", votes: 2 }]),
        rules: { tieBreakers: [{ kind: "votes" }] },
      },
      expected: "C/B",
    },
    {
      name: "this year's chair tied with another: the other is not tied any more",
      spec: byRank({ A: 95, B: 95, C: 90 }, "A"),
      expected: "B/C",
    },
  ])("$name", ({ spec, expected, ties = "" }) => {
    const r = rotate(spec);
    expect(next(r)).toBe(expected);
    expect(r.ties.map((t) => `${t.award}@${t.rank}: ${t.units.join(" ")}`).join(" | ")).toBe(ties);
    expect(r.diagnostics.map((d) => d.code)).toEqual(ties === "" ? [] : ["rotationTie"]);
  });

  it("words the warning after Loại", () => {
    const r = rotate({
      ...byRank({ A: 95, B: 90, C: 90 }, "A"),
      info: { chair: "A", rotation: "by-rank", kind: "cum" },
    });
    expect(r.diagnostics).toMatchObject([
      { code: "rotationTie", severity: "warning", args: { role: "Cụm trưởng", codes: ["B", "C"] } },
    ]);
    const deputy = rotate(byRank({ A: 95, B: 90, C: 85, D: 85 }, "A"));
    expect(deputy.diagnostics).toMatchObject([{ args: { role: "Khối phó", codes: ["C", "D"], rank: 3 } }]);
  });
});

describe("assigned (chỉ định)", () => {
  const assigned = (
    nextChair: string | null,
    nextDeputy: string | null,
    units: (string | UnitSpec)[] = ABCDE,
  ) => rotate({ units, info: { chair: "A", deputy: "B", rotation: "assigned", nextChair, nextDeputy } });

  it("takes Khối trưởng năm sau and Khối phó năm sau", () => {
    const r = assigned("D", "A");
    expect(next(r)).toBe("D/A");
    expect(r.rotation.method).toBe("assigned");
    expect(r.diagnostics).toEqual([]);
  });

  it.each<{ name: string; chair: string | null; deputy: string | null; units?: UnitSpec[]; errors: number }>([
    { name: "the same unit twice", chair: "C", deputy: "C", errors: 1 },
    { name: "no next chair", chair: null, deputy: "C", errors: 1 },
    { name: "no next deputy", chair: "C", deputy: null, errors: 1 },
    { name: "neither", chair: null, deputy: null, errors: 2 },
    { name: "not a member unit", chair: "Z", deputy: "C", errors: 1 },
    { name: "a unit that does not serve", chair: "C", deputy: "D", units: skip("D"), errors: 1 },
  ])("$name → assignedRotationInvalid", ({ chair, deputy, units, errors }) => {
    const r = assigned(chair, deputy, units);
    expect(next(r)).toBe("-/-");
    expect(r.diagnostics).toHaveLength(errors);
    for (const d of r.diagnostics) {
      expect(d).toMatchObject({
        code: "assignedRotationInvalid",
        severity: "error",
        location: { sheet: "Thông tin" },
      });
    }
  });
});
