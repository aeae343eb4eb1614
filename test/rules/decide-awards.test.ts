import { describe, expect, it } from "vitest";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { diagnosticText } from "../../src/diagnostics/format-diagnostic.js";
import type { AwardKind } from "../../src/model/bloc.js";
import type { BlocResult, Proposal } from "../../src/model/result.js";
import { makeBloc, type BlocSpec, type UnitSpec } from "../helpers/make-bloc.js";

/** `flag: A* | certificate: B* C`: the proposals in one line, a unit the conference decided starred. */
const line = (proposals: readonly Proposal[]): string =>
  proposals
    .map((p) => `${p.award}: ${p.units.map((u) => (p.decidedBy === "conference" ? `${u}*` : u)).join(" ")}`)
    .join(" | ");
const tiesOf = (result: BlocResult | null): string =>
  (result?.ties ?? []).map((t) => `${t.award}@${t.rank}: ${t.units.join(" ")}`).join(" | ");

interface Case {
  name: string;
  /** Totals by unit code, in row order. */
  totals: Record<string, number>;
  /** The conference's decisions (`Đề nghị khen thưởng`); a unit not listed is left empty. */
  decided: Record<string, AwardKind[]>;
  rules?: BlocSpec["rules"];
  units?: Record<string, Partial<UnitSpec>>;
  proposals: string;
  /** Codes of the diagnostics (warnings and notes), in order. */
  warnings?: string[];
  ties?: string;
}

const run = (c: Pick<Case, "totals" | "decided" | "rules" | "units">) =>
  computeResult(
    makeBloc({
      units: Object.keys(c.totals).map((code) => ({
        code,
        awardOverride: c.decided[code] ?? null,
        ...c.units?.[code],
      })),
      scores: c.totals,
      rules: c.rules ?? {},
    }),
  );

describe("the conference decides unit by unit; the ladder proposes for the others (rules.md)", () => {
  it.each<Case>([
    {
      name: "nobody decided: the ladder alone",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: {},
      proposals: "flag: A | certificate: B C D",
    },
    {
      name: "issue 12: a flag tie settled by filling the two tied units keeps everyone else's certificate",
      totals: { A: 95, B: 95, C: 85, D: 80 },
      decided: { A: ["flag"], B: ["certificate"] },
      proposals: "flag: A* | certificate: B* | certificate: C D",
    },
    {
      name: "only the tie's winner filled: the loser and the others get their certificates from the ladder",
      totals: { A: 95, B: 95, C: 85, D: 80 },
      decided: { B: ["flag"] },
      proposals: "flag: B* | certificate: A C D",
    },
    {
      name: "the flag given below the leader: the count is filled, the leader gets a certificate, warned",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { C: ["flag"] },
      proposals: "flag: C* | certificate: A B D",
      warnings: ["awardDisplacedByConference"],
    },
    {
      name: "two flags decided for one place: the count exceeded is said",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { A: ["flag"], B: ["flag"] },
      proposals: "flag: A* B* | certificate: C D",
      warnings: ["awardCountExceeded"],
    },
    {
      name: "a certificate decided low in the ranking takes a limited place from the ladder's last unit",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { D: ["certificate"] },
      rules: { certificate: { count: 2 } },
      proposals: "flag: A | certificate: D* | certificate: B",
      warnings: ["awardDisplacedByConference"],
    },
    {
      name: "Không for a unit the ladder proposed: it loses its certificate, noted (the vote said so)",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { C: [] },
      proposals: "flag: A | certificate: B D",
      warnings: ["awardDroppedByConference"],
    },
    {
      name: "a higher award is no loss (seed 003: Government flag, flag, certificate, none for the rest)",
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { A: ["governmentFlag"], B: ["flag"], C: ["certificate"], D: [] },
      proposals: "flag: B* | governmentFlag: A* | certificate: C*",
      warnings: ["awardDroppedByConference"],
    },
    {
      name: "a government flag decided takes the only one: the ladder gives none",
      totals: { A: 95, B: 90, C: 85 },
      decided: { B: ["governmentFlag", "flag"] },
      rules: { governmentFlag: { enabled: true } },
      proposals: "flag: B* | governmentFlag: B* | certificate: A C",
      warnings: ["awardDisplacedByConference", "awardDisplacedByConference"],
    },
    {
      name: "a tie among the units left empty is still open",
      totals: { A: 95, B: 90, C: 90, D: 80 },
      decided: { D: [] },
      rules: { certificate: { count: 1 } },
      proposals: "flag: A",
      warnings: ["boundaryTie"],
      ties: "certificate@2: B C",
    },
    {
      name: "a tie whose units were decided is settled: no tie, no warning",
      totals: { A: 95, B: 95, C: 80 },
      decided: { A: ["flag"], B: ["certificate"] },
      proposals: "flag: A* | certificate: B* | certificate: C",
    },
  ])("$name", (c) => {
    const { result, diagnostics } = run(c);
    expect(line(result?.proposals ?? [])).toBe(c.proposals);
    expect(diagnostics.map((d) => d.code)).toEqual(c.warnings ?? []);
    expect(tiesOf(result)).toBe(c.ties ?? "");
    for (const d of diagnostics) expect(diagnosticText(d)).toMatch(/\S/);
  });

  it("keeps the ladder from the ranking alone beside the proposals", () => {
    const { result } = run({ totals: { A: 95, B: 95, C: 85 }, decided: { A: ["flag"], B: ["certificate"] } });
    expect(line(result?.computedProposals ?? [])).toBe("certificate: C");
    expect(result?.computedProposals.every((p) => p.decidedBy === "rules")).toBe(true);
  });

  it("notes the decided units the vote put below the ranking: the conference said so itself", () => {
    const { diagnostics } = run({ totals: { A: 95, B: 90, C: 85 }, decided: { B: [], C: [] } });
    expect(diagnostics).toMatchObject([
      {
        code: "awardDroppedByConference",
        severity: "note",
        location: { sheet: "Đơn vị" },
        args: { kind: "certificate", codes: ["B", "C"], units: ["Đơn vị B", "Đơn vị C"] },
      },
    ]);
  });

  it("warns about units left empty that the decisions displace, apart from those decided", () => {
    const { result, diagnostics } = run({
      totals: { A: 95, B: 90, C: 85, D: 80, E: 75 },
      decided: { B: [], D: ["certificate"], E: ["certificate"] },
      rules: { certificate: { count: 2 } },
    });
    expect(line(result?.proposals ?? [])).toBe("flag: A | certificate: D* E*");
    expect(diagnostics.map((d) => [d.code, d.severity, d.args.codes])).toEqual([
      ["awardDroppedByConference", "note", ["B"]],
      ["awardDisplacedByConference", "warning", ["C"]],
    ]);
  });

  it("says how many units an exceeded award went to and its count", () => {
    const { diagnostics } = run({ totals: { A: 95, B: 90, C: 85 }, decided: { A: ["flag"], C: ["flag"] } });
    expect(diagnostics.find((d) => d.code === "awardCountExceeded")).toMatchObject({
      args: { kind: "flag", count: 2, limit: 1, codes: ["A", "C"] },
    });
  });

  it("is an error, at the unit's row, to give an award to a disciplined unit", () => {
    const { result, diagnostics } = run({
      totals: { A: 95, B: 90, C: 85 },
      decided: { A: ["flag"], B: ["certificate"] },
      units: { A: { discipline: "Khiển trách" } },
    });
    expect(result).toBeNull();
    expect(diagnostics.find((d) => d.severity === "error")).toMatchObject({
      code: "overrideIneligible",
      location: { sheet: "Đơn vị", row: 2 },
      args: { code: "A", discipline: "Khiển trách", award: ["Cờ thi đua của Ủy ban nhân dân tỉnh"] },
    });
  });

  it("accepts Không for a disciplined unit", () => {
    const { result, diagnostics } = run({
      totals: { A: 95, B: 90 },
      decided: { A: [] },
      units: { A: { discipline: "x" } },
    });
    expect(line(result?.proposals ?? [])).toBe("flag: B");
    expect(diagnostics).toEqual([]);
  });

  it("warns (overrideBelowRequirement) when the conference goes below the rating or minimum of the rules", () => {
    const { result, diagnostics } = run({
      totals: { A: 95, B: 90, C: 85, D: 80 },
      decided: { A: ["certificate"], D: ["flag"] },
      units: { D: { rating: "htt" } },
    });
    expect(line(result?.proposals ?? [])).toBe("flag: D* | certificate: A* | certificate: B C");
    expect(diagnostics.find((d) => d.code === "overrideBelowRequirement")).toMatchObject({
      severity: "warning",
      location: { row: 5 },
      args: { code: "D", reasons: ["rating"] },
    });
  });
});

describe("the tie's warning says what to write where", () => {
  it("names the tied units, the column, the sheet, their rows and the words to write", () => {
    const { diagnostics } = run({ totals: { C: 80, A: 95, B: 95 }, decided: {} });
    const tie = diagnostics.find((d) => d.code === "boundaryTie");
    expect(tie).toMatchObject({
      location: { sheet: "Đơn vị" },
      args: { codes: ["A", "B"], fill: "Cờ thi đua", other: "Bằng khen", rows: ["3", "4"] },
    });
    const text = tie === undefined ? "" : diagnosticText(tie);
    expect(text).toContain('"Đơn vị A", "Đơn vị B"');
    expect(text).toContain('cột "Đề nghị khen thưởng" của trang "Đơn vị"');
    expect(text).toContain("(dòng 3, 4)");
  });

  it("asks for Không for the losers of a certificate tie", () => {
    const { diagnostics } = run({
      totals: { A: 95, B: 90, C: 90 },
      decided: {},
      rules: { certificate: { count: 1 } },
    });
    expect(diagnostics.find((d) => d.code === "boundaryTie")?.args).toMatchObject({
      fill: "Bằng khen",
      other: "Không",
    });
  });
});
