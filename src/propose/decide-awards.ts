import type { AwardKind, Unit } from "../model/bloc.js";
import { diagnostic, type Diagnostic, type Location } from "../model/diagnostic.js";
import type { Proposal, Tie } from "../model/result.js";
import type { Rules } from "../model/rules.js";
import type { RankedUnit } from "../rank/rank-units.js";
import { AWARDS, applyOverride } from "./apply-override.js";
import type { Eligibility } from "./check-eligibility.js";
import { conferenceChanges } from "./conference-changes.js";
import { proposeAwards } from "./propose-awards.js";

/** What the proposals are decided from. */
export interface DecideInput {
  units: readonly Unit[];
  /** In ranking order. */
  ranked: readonly RankedUnit[];
  /** By unit code. */
  eligibility: ReadonlyMap<string, Eligibility>;
  rules: Rules;
  names: Record<AwardKind, string>;
  /** The units table: where bloc-wide warnings point. */
  location: Location;
}

/** The proposals that stand, the ladder computed from the ranking alone, the ties still open. */
export interface Decision {
  /** Per award, the conference's units (`decidedBy` = `conference`) then the ladder's (`rules`). */
  proposals: Proposal[];
  /** The ladder as if no `Đề nghị khen thưởng` cell were filled. */
  computedProposals: Proposal[];
  ties: Tie[];
  diagnostics: Diagnostic[];
}

/**
 * The award proposals (rules.md "Award proposals"): the conference decides the units whose
 * `Đề nghị khen thưởng` is filled; the others keep the computed ladder, run over them alone with each
 * award's count reduced by the places the decisions took (a government flag decided takes the only
 * one). So settling a tie by filling the tied units' cells leaves every other unit's award as the
 * ranking gives it. A unit left empty that the decisions leave without the award the ranking gave it,
 * and a count the decisions exceed, are warnings; a decided unit voted below the ranking is a note
 * (the conference said so itself); the minutes record all of them (same `conferenceChanges`).
 */
export function decideAwards(input: DecideInput): Decision {
  const { ranked, eligibility, rules, names, location } = input;
  const rows = new Map(input.units.map((u) => [u.code, u.location.row]));
  const rowOf = (code: string): number | undefined => rows.get(code) ?? undefined;
  const full = proposeAwards({ ranked, eligibility, rules, names, location, rowOf });
  const conference = applyOverride(input);
  if (conference.decided.length === 0) {
    return {
      proposals: full.proposals,
      computedProposals: full.proposals,
      ties: full.ties,
      diagnostics: full.diagnostics,
    };
  }

  const taken = (award: AwardKind): number =>
    conference.proposals.filter((p) => p.award === award).reduce((n, p) => n + p.units.length, 0);
  const remainingRules: Rules = {
    ...rules,
    flag: { ...rules.flag, count: Math.max(0, rules.flag.count - taken("flag")) },
    governmentFlag: {
      ...rules.governmentFlag,
      enabled: rules.governmentFlag.enabled && taken("governmentFlag") === 0,
    },
    certificate: {
      ...rules.certificate,
      count:
        rules.certificate.count === null ? null : Math.max(0, rules.certificate.count - taken("certificate")),
    },
  };
  const undecided = ranked.filter((u) => !conference.decided.includes(u.code));
  const rest = proposeAwards({
    ranked: undecided,
    eligibility,
    rules: remainingRules,
    names,
    location,
    rowOf,
  });

  const proposals: Proposal[] = [];
  for (const award of AWARDS) {
    proposals.push(
      ...conference.proposals.filter((p) => p.award === award),
      ...rest.proposals.filter((p) => p.award === award),
    );
  }
  const diagnostics = [...conference.diagnostics, ...rest.diagnostics];
  const changes = conferenceChanges(proposals, full.proposals, rules);
  const nameOf = (code: string): string => ranked.find((u) => u.code === code)?.name ?? code;
  for (const d of changes.dropped) {
    // A unit the conference itself decided (`Không`, or another award) was voted on: a note. A unit
    // left empty that loses its award because the decisions filled the count may be a side effect the
    // secretary did not mean: a warning. The minutes record both (conference-change-sentences.ts).
    const voted = d.units.filter((code) => conference.decided.includes(code));
    const displaced = d.units.filter((code) => !conference.decided.includes(code));
    for (const [code, severity, units] of [
      ["awardDroppedByConference", "note", voted],
      ["awardDisplacedByConference", "warning", displaced],
    ] as const) {
      if (units.length === 0) continue;
      diagnostics.push(
        diagnostic(code, severity, location, {
          award: names[d.award],
          kind: d.award,
          units: units.map(nameOf),
          codes: units,
        }),
      );
    }
  }
  for (const e of changes.exceeded) {
    diagnostics.push(
      diagnostic("awardCountExceeded", "warning", location, {
        award: names[e.award],
        kind: e.award,
        count: e.units.length,
        limit: e.limit,
        units: e.units.map(nameOf),
        codes: e.units,
      }),
    );
  }
  return { proposals, computedProposals: full.proposals, ties: rest.ties, diagnostics };
}
