import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { diagnosticText } from "../../src/diagnostics/format-diagnostic.js";
import { makeBloc } from "../helpers/make-bloc.js";

const criteria = [
  { code: "1.1", max: 50, group: "I. Nhiệm vụ chính trị" },
  { code: "2.1", max: 50, group: "II. Công tác thi đua" },
  { code: "T", max: 5, type: "bonus" as const },
  { code: "TR", max: 5, type: "deduction" as const },
];

describe("computeResult: the stages chained", () => {
  it("gives units in ranking order with totals, ranks, classes, eligibility; proposals; rotation", () => {
    const bloc = makeBloc({
      units: [
        { code: "BQL", name: "Ban Quản lý các khu công nghiệp" },
        { code: "DUK", name: "Đảng ủy khối các cơ quan" },
        { code: "LHP", name: "Trường Lê Hồng Phong", rating: "htt" },
      ],
      criteria,
      scores: {
        BQL: { "1.1": 45.5, "2.1": 45, T: 2, TR: 0.5 },
        DUK: { "1.1": 48, "2.1": 46.1, T: 0.2 },
        LHP: { "1.1": 40, "2.1": 40 },
      },
      rules: {
        classes: [
          { min: 90, label: "Xuất sắc" },
          { min: 0, label: "Khá" },
        ],
        bonusCap: 1.5,
      },
      info: { chair: "BQL", deputy: "DUK" },
    });
    const { result, diagnostics } = computeResult(bloc);
    expect(diagnostics).toEqual([]);
    expect(result?.standardMax).toBe(10000);
    expect(result?.units).toEqual([
      {
        code: "DUK",
        name: "Đảng ủy khối các cơ quan",
        standard: 9410,
        bonusEarned: 20,
        bonus: 20,
        deduction: 0,
        total: 9430,
        groupSubtotals: { "I. Nhiệm vụ chính trị": 4800, "II. Công tác thi đua": 4610 },
        rank: 1,
        class: "Xuất sắc",
        scoreSource: "bloc",
        ineligible: { flag: [], governmentFlag: [], certificate: [] },
      },
      expect.objectContaining({
        code: "BQL",
        bonusEarned: 200,
        bonus: 150,
        total: 9150,
        rank: 2,
        class: "Xuất sắc",
      }),
      expect.objectContaining({
        code: "LHP",
        total: 8000,
        rank: 3,
        class: "Khá",
        ineligible: { flag: ["rating"], governmentFlag: ["rating"], certificate: [] },
      }),
    ]);
    expect(result?.proposals).toEqual([
      { award: "flag", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", units: ["DUK"], decidedBy: "rules" },
      {
        award: "certificate",
        name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        units: ["BQL", "LHP"],
        decidedBy: "rules",
      },
    ]);
    expect(result?.computedProposals).toEqual(result?.proposals);
    expect(result?.ties).toEqual([]);
    expect(result?.rotation).toEqual({
      method: "round-robin",
      current: { chair: "BQL", deputy: "DUK" },
      next: { chair: "DUK", deputy: "LHP" },
    });
  });

  it("collects warnings from every stage, award ties before rotation ties", () => {
    const bloc = makeBloc({
      units: [{ code: "A", votes: 3 }, { code: "B", votes: 3 }, "C", { code: "D", votes: 3 }],
      scores: { A: 90, B: 90, C: 80, D: 80 },
      info: { chair: "A", deputy: null, rotation: "by-rank" },
    });
    const { result, diagnostics } = computeResult(bloc);
    expect(diagnostics.map((d) => d.code)).toEqual(["votesMissing", "boundaryTie", "rotationTie"]);
    expect(result?.ties).toEqual([
      { award: "flag", units: ["A", "B"], rank: 1 },
      { award: "deputy", units: ["C", "D"], rank: 3 },
    ]);
    expect(result?.rotation.next).toEqual({ chair: "B", deputy: null });
  });

  it("returns no result when the engine finds an error, with every diagnostic", () => {
    const bloc = makeBloc({
      units: [
        { code: "A", discipline: "x", awardOverride: ["flag"] },
        { code: "B", noRotation: true },
      ],
      scores: { A: 90, B: 80 },
    });
    const { result, diagnostics } = computeResult(bloc);
    expect(result).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["overrideIneligible", "error"],
      ["awardDisplacedByConference", "warning"],
      ["rotationTooFew", "error"],
    ]);
  });

  it("is deterministic: the same bloc gives the same result", () => {
    const make = () =>
      makeBloc({
        units: ["C", "A", "B"],
        scores: { A: 90, B: 90, C: 90 },
        info: { chair: "A", deputy: "B" },
      });
    expect(computeResult(make())).toEqual(computeResult(make()));
  });
});

describe("computeResult: every engine diagnostic has a message", () => {
  it("formats ties, missing votes, overrides and rotation problems without throwing", () => {
    const blocs = [
      makeBloc({
        units: [{ code: "A", votes: 3 }, { code: "B", votes: 3 }, "C", { code: "D", votes: 3 }],
        scores: { A: 90, B: 90, C: 80, D: 80 },
        info: { chair: "A", deputy: null, rotation: "by-rank" },
      }),
      makeBloc({
        units: [
          { code: "A", discipline: "x", awardOverride: ["flag"] },
          { code: "B", rating: "ht", awardOverride: ["certificate"] },
          "C",
        ],
        scores: { A: 90, B: 80, C: 70 },
        info: { rotation: "assigned", nextChair: "C", nextDeputy: "C" },
      }),
    ];
    const diagnostics = blocs.flatMap((b) => computeResult(b).diagnostics);
    expect(new Set(diagnostics.map((d) => d.code)).size).toBe(7);
    for (const d of diagnostics) expect(diagnosticText(d)).toMatch(/\S/);
  });
});
