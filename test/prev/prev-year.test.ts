/**
 * matchPrevYear: last year's result beside this year's units, and the warnings when this year's chair
 * or deputy is not the one last year's conference elected.
 */
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import type { Bloc } from "../../src/model/bloc.js";
import { toJsonResult } from "../../src/output/json-result.js";
import { matchPrevYear } from "../../src/prev/prev-year.js";
import { makeBloc, withTotals } from "../helpers/make-bloc.js";

function resultOf(bloc: Bloc) {
  const { result } = computeResult(bloc);
  if (result === null) throw new Error("no result");
  return toJsonResult(bloc, result, [], []);
}

// 2023: A leads; chair A, deputy B → the conference elects B (chair) and C (deputy) for 2024.
const last = resultOf(withTotals({ A: 90, B: 80, C: 70, D: 60 }, { info: { year: 2023 } }));
const thisYear = (spec: Parameters<typeof makeBloc>[0] = {}) =>
  makeBloc({
    units: ["A", "B", "C", "D"],
    scores: { A: 50, B: 60, C: 70, D: 80 },
    ...spec,
    info: { year: 2024, chair: "B", deputy: "C", ...spec.info },
  });

describe("matchPrevYear", () => {
  it("gives each unit last year's total and rank, by code", () => {
    const { prev, diagnostics } = matchPrevYear(thisYear(), last, "ket-qua.json");
    expect(prev.year).toBe(2023);
    expect(prev.units).toEqual({
      A: { total: 9000, rank: 1 },
      B: { total: 8000, rank: 2 },
      C: { total: 7000, rank: 3 },
      D: { total: 6000, rank: 4 },
    });
    expect(diagnostics).toEqual([]);
  });

  it("matches a unit whose code changed by its name, and leaves a new unit without last year", () => {
    const bloc = thisYear({
      units: ["A", { code: "BB", name: "Đơn vị B" }, "C", "E"],
      scores: { A: 50, BB: 60, C: 70, E: 80 },
      info: { chair: "BB" },
    });
    const { prev, diagnostics } = matchPrevYear(bloc, last, "ket-qua.json");
    expect(Object.keys(prev.units).sort()).toEqual(["A", "BB", "C"]);
    expect(prev.units.BB).toEqual({ total: 8000, rank: 2 });
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["the chair", { chair: "D", deputy: "C" }, [["leaderNotElected", "Khối trưởng", "Đơn vị B", "Đơn vị D"]]],
    ["the deputy", { chair: "B", deputy: "A" }, [["leaderNotElected", "Khối phó", "Đơn vị C", "Đơn vị A"]]],
    ["no deputy", { chair: "B", deputy: null }, [["leaderNotElected", "Khối phó", "Đơn vị C", ""]]],
  ])("warns when %s is not the one elected", (_, leaders, expected) => {
    const { diagnostics } = matchPrevYear(thisYear({ info: leaders }), last, "ket-qua.json");
    expect(diagnostics.map((d) => [d.code, d.args.role, d.args.elected, d.args.found])).toEqual(expected);
    expect(diagnostics[0]?.severity).toBe("warning");
    expect(diagnostics[0]?.location).toEqual({ file: "khoi.xlsx", sheet: "Thông tin" });
  });

  it("checks nothing against a chair last year left to a vote (a tie)", () => {
    const tied = resultOf(
      withTotals({ A: 95, B: 90, C: 90, D: 60 }, { info: { year: 2023, rotation: "by-rank" } }),
    );
    expect(tied.rotation.next).toEqual({ chair: null, deputy: null });
    expect(matchPrevYear(thisYear({ info: { chair: "D" } }), tied, "k.json").diagnostics).toEqual([]);
  });

  it("warns when the result is another bloc's", () => {
    const other = { ...last, bloc: { ...last.bloc, name: "Khối thi đua số 9" } };
    const { diagnostics } = matchPrevYear(thisYear(), other, "k.json");
    expect(diagnostics.map((d) => [d.code, d.location.file])).toEqual([["prevOtherBloc", "k.json"]]);
  });
});
