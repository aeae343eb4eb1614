/**
 * nextYearContent: next year's workbook content from this year's result, table-driven over the
 * rotation's outcomes (a clear election, a tie for the chair, a tie for the deputy only, an
 * assignment that keeps the chair), built from blocs computed as summarize computes them.
 */
import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { nextYearContent } from "../../src/init/next-year-content.js";
import type { Bloc } from "../../src/model/bloc.js";
import { toJsonResult } from "../../src/output/json-result.js";
import { makeBloc, withTotals } from "../helpers/make-bloc.js";

function lastYear(bloc: Bloc) {
  const { result, diagnostics } = computeResult(bloc);
  if (result === null) throw new Error(diagnostics.map((d) => d.code).join(", "));
  return toJsonResult(bloc, result, [], []);
}

const info = { venue: "Hội trường A", signer: "Nguyễn Văn A", signerTitle: "Giám đốc" };

describe("nextYearContent", () => {
  it.each([
    {
      about:
        "round-robin: the deputy becomes chair, the next unit deputy; the venue and signer go with the old chair",
      bloc: withTotals({ A: 90, B: 80, C: 70, D: 60 }, { info }),
      chair: "B",
      deputy: "C",
      examples: ["meetingDate"],
      venue: "",
      warnings: 0,
    },
    {
      about: "by rank with a tie for the chair: both undecided, tied units marked as the example's",
      bloc: withTotals({ A: 95, B: 90, C: 90, D: 60 }, { info: { ...info, rotation: "by-rank" } }),
      chair: "B",
      deputy: "C",
      examples: ["meetingDate", "chair", "deputy"],
      venue: "",
      warnings: 2,
    },
    {
      about: "by rank with a tie for the deputy only: the chair is elected, the deputy marked",
      bloc: withTotals({ A: 95, B: 90, C: 80, D: 80 }, { info: { ...info, rotation: "by-rank" } }),
      chair: "B",
      deputy: "C",
      examples: ["meetingDate", "deputy"],
      venue: "",
      warnings: 1,
    },
    {
      about: "assigned, the chair kept: its venue and signer kept too",
      bloc: withTotals(
        { A: 90, B: 80, C: 70 },
        { info: { ...info, rotation: "assigned", nextChair: "A", nextDeputy: "C" } },
      ),
      chair: "A",
      deputy: "C",
      examples: ["meetingDate"],
      venue: "Hội trường A",
      warnings: 0,
    },
  ])("$about", ({ bloc, chair, deputy, examples, venue, warnings }) => {
    const next = nextYearContent(lastYear(bloc));
    expect(next.content.info).toMatchObject({ year: 2024, chair, deputy, venue });
    expect(next.content.info.signer).toBe(venue === "" ? "" : "Nguyễn Văn A");
    expect(next.content.examples).toEqual(examples);
    expect(next.warnings).toHaveLength(warnings);
    expect(next.content.info.meetingDate).toEqual({ year: 2025, month: 1, day: 16 });
  });

  it("names the tied units in the warning and says what to put in the cell", () => {
    const next = nextYearContent(
      lastYear(withTotals({ A: 95, B: 90, C: 90, D: 60 }, { info: { rotation: "by-rank" } })),
    );
    expect(next.warnings[0]).toContain("Đơn vị B, Đơn vị C bằng điểm");
    expect(next.warnings[0]).toContain('"(ví dụ) B"');
  });

  it("keeps the units' order and rotation marks, the criteria and the rules; no plan, no votes", () => {
    const bloc = makeBloc({
      units: [
        { code: "X", rotationOrder: 2 },
        { code: "Y", rotationOrder: 1 },
        { code: "Z", noRotation: true, votes: 3, rating: "htxs" },
      ],
      criteria: [
        { code: "1", max: 60, group: "I" },
        { code: "2", max: 40 },
        { code: "T", max: 5, type: "bonus" },
      ],
      scores: { X: { 1: 50, 2: 30 }, Y: { 1: 55, 2: 35 }, Z: { 1: 40, 2: 20 } },
      rules: { certificate: { count: 1 }, tieBreakers: [{ kind: "criterion", code: "2" }] },
    });
    const { content } = nextYearContent(lastYear(bloc));
    expect(content.units).toEqual([
      { code: "X", name: "Đơn vị X", rotationOrder: 2, noRotation: false },
      { code: "Y", name: "Đơn vị Y", rotationOrder: 1, noRotation: false },
      { code: "Z", name: "Đơn vị Z", rotationOrder: null, noRotation: true },
    ]);
    expect(content.criteria.map((c) => [c.code, c.max, c.type, c.group])).toEqual([
      ["1", 60, "standard", "I"],
      ["2", 40, "standard", null],
      ["T", 5, "bonus", null],
    ]);
    expect(content.rules).toMatchObject({
      "certificate.count": 1,
      tieBreakers: [{ kind: "criterion", code: "2" }],
    });
    expect(content.plan).toEqual([]);
  });
});
