/**
 * The corpus's own reckoning of the default rules (scripts/corpus/lib/expect.ts), on small blocs where
 * the answer is known: exact totals, competition ranking, a tie at the flag, ratings and discipline,
 * the round-robin rotation with a skipped unit; and the numbering paths of a published table.
 */
import { describe, expect, it } from "vitest";
import { computeOutcome } from "../../scripts/corpus/lib/expect.js";
import type { Bloc, Group, Unit } from "../../scripts/corpus/lib/model.js";
import { agreedPoints, selfPoints } from "../../scripts/corpus/lib/points.js";
import { flatten } from "../../scripts/corpus/lib/tree.js";

const TREE: Group[] = [
  {
    tt: "I",
    title: "CHUYÊN MÔN",
    children: [
      { tt: "1", text: "a", max: 60 },
      { tt: "2", text: "b", max: 40 },
    ],
  },
  { tt: "II", title: "ĐIỂM THƯỞNG", section: "bonus", children: [{ tt: "1", text: "c", max: 5 }] },
  { tt: "III", title: "ĐIỂM TRỪ", section: "deduction", children: [{ tt: "1", text: "d", max: 5 }] },
];

function bloc(units: Unit[], chair = "A", deputy = "B"): Bloc {
  return {
    name: "Khối thử",
    kind: "Khối",
    year: 2024,
    council: "Hội đồng",
    place: "Hà Nội",
    meeting: "01/12/2024",
    chair,
    deputy,
    units,
  };
}

const ABCD: Unit[] = ["A", "B", "C", "D"].map((code) => ({ code, name: `Đơn vị ${code}` }));

describe("computeOutcome", () => {
  it("totals standard + bonus − deduction exactly and ranks by total", () => {
    const self = selfPoints(TREE, {
      A: "I.1 59.9, II.1 0.2",
      B: "I.2 39.5, III.1 0.5",
      C: "I.1 58",
      D: "I.1 57, II.1 1",
    });
    const out = computeOutcome(bloc(ABCD), TREE, { self });
    expect(out.units.map((u) => [u.code, u.total, u.rank])).toEqual([
      ["A", 100.1, 1],
      ["B", 99, 2],
      ["C", 98, 3],
      ["D", 98, 3],
    ]);
    expect(out.proposals).toEqual({ flag: ["A"], governmentFlag: [], certificate: ["B", "C", "D"] });
    expect(out.scoreSource).toBe("self");
  });

  it("counts agreed points where given and says the points are mixed", () => {
    const self = selfPoints(TREE, { A: "I.1 59", B: "", C: "I.1 50", D: "I.1 50" });
    const agreed = agreedPoints(TREE, self, { B: "I.1 58" }, "changed");
    const out = computeOutcome(bloc(ABCD), TREE, { self, agreed });
    expect(out.units.find((u) => u.code === "B")).toMatchObject({ total: 98, scoreSource: "mixed" });
    expect(out.proposals.flag).toEqual(["A"]);
    expect(out.scoreSource).toBe("mixed");
  });

  it("proposes no flag on a tie at rank 1 and gives the tied units nothing", () => {
    const self = selfPoints(TREE, { A: "I.1 59", B: "I.2 39", C: "I.1 55", D: "I.1 50" });
    const out = computeOutcome(bloc(ABCD), TREE, { self });
    expect(out.ties).toEqual([{ award: "flag", units: ["A", "B"] }]);
    expect(out.proposals.flag).toEqual([]);
    expect(out.proposals.certificate).toEqual(["C", "D"]);
  });

  it("passes over a disciplined leader and a unit rated below Hoàn thành tốt nhiệm vụ", () => {
    const units: Unit[] = [
      { code: "A", name: "A", discipline: "Đang bị thanh tra" },
      { code: "B", name: "B", rating: "Hoàn thành tốt nhiệm vụ" },
      { code: "C", name: "C", rating: "Hoàn thành xuất sắc nhiệm vụ" },
      { code: "D", name: "D", rating: "Hoàn thành nhiệm vụ" },
    ];
    const self = selfPoints(TREE, { A: "", B: "I.1 59", C: "I.1 58", D: "I.1 57" });
    const out = computeOutcome(bloc(units), TREE, { self });
    expect(out.proposals.flag).toEqual(["C"]);
    expect(out.proposals.certificate).toEqual(["B"]);
  });

  it("rotates round-robin: the deputy chairs, the next in rotation order deputises, skipping marked units", () => {
    const units: Unit[] = [
      { code: "A", name: "A", rotationOrder: 3 },
      { code: "B", name: "B", rotationOrder: 1 },
      { code: "C", name: "C", noRotation: true },
      { code: "D", name: "D", rotationOrder: 2 },
    ];
    const self = selfPoints(TREE, { A: "I.1 59", B: "I.1 58", C: "I.1 57", D: "I.1 56" });
    const out = computeOutcome(bloc(units, "B", "A"), TREE, { self });
    expect([out.nextChair, out.nextDeputy]).toEqual(["A", "B"]);
  });
});

describe("flatten", () => {
  it("reads restarting numbers as paths and keeps a printed decimal code", () => {
    const tree: Group[] = [
      {
        tt: "A.",
        title: "x",
        children: [{ tt: "I", title: "y", children: [{ tt: "1", text: "z", max: 1 }] }],
      },
      { tt: "2", title: "w", children: [{ tt: "2.1", text: "v", max: 1 }] },
    ];
    expect(flatten(tree).map((r) => r.key)).toEqual(["A", "A.I", "A.I.1", "2", "2.1"]);
  });
});
