import type { AwardKind } from "../model/bloc.js";
import { diagnostic, type Diagnostic, type Location } from "../model/diagnostic.js";
import type { Proposal, Tie } from "../model/result.js";
import type { Rules } from "../model/rules.js";
import type { RankedUnit } from "../rank/rank-units.js";
import { AWARD_SHORT_NAMES } from "./award-names.js";
import type { Eligibility } from "./check-eligibility.js";

/** What the award ladder reads: the ranking, each unit's eligibility, the rules and the award names. */
export interface LadderInput {
  /** In ranking order. */
  ranked: readonly RankedUnit[];
  /** By unit code. */
  eligibility: ReadonlyMap<string, Eligibility>;
  rules: Rules;
  names: Record<AwardKind, string>;
  /** Where boundary-tie warnings point: the units table. */
  location: Location;
  /** The `Đơn vị` row of a unit, named in a tie's message (where to write the conference's decision). */
  rowOf?: (code: string) => number | undefined;
}

/** The computed proposals (only awards with at least one unit), the boundary ties and their warnings. */
export interface Ladder {
  proposals: Proposal[];
  ties: Tie[];
  diagnostics: Diagnostic[];
}

/** Units tied at the flag's limit, and how many flag places they compete for. */
interface FlagTie {
  units: RankedUnit[];
  places: number;
  rank: number;
}

/**
 * The award ladder of rules.md: flag, then government flag, then certificates, each in rank order.
 * A tie at an award's limit is never broken: none of the tied units gets the award, a `Tie` and a
 * `boundaryTie` warning name them, and the award's remaining places are not passed down the ranking.
 */
export function proposeAwards(input: LadderInput): Ladder {
  const { ranked, rules, names } = input;
  const eligible = (unit: RankedUnit, award: AwardKind): boolean => {
    const entry = input.eligibility.get(unit.code);
    if (entry === undefined) throw new Error(`proposeAwards: no eligibility for unit ${unit.code}`);
    return entry[award].length === 0;
  };
  const groups = groupByRank(ranked);
  const ties: Tie[] = [];
  const diagnostics: Diagnostic[] = [];
  const recordTie = (award: AwardKind, units: readonly RankedUnit[], rank: number): void => {
    const tied = ranked.filter((u) => units.includes(u)); // display order
    ties.push({ award, units: tied.map((u) => u.code), rank });
    const rows = tied.flatMap((u) => input.rowOf?.(u.code) ?? []).sort((a, b) => a - b);
    // What the units that lose the vote are written down with: a flag's losers can still take a
    // certificate, a government flag's keep their flag, a certificate's get nothing.
    const other =
      award === "governmentFlag"
        ? AWARD_SHORT_NAMES.flag
        : award === "flag" && tied.every((u) => eligible(u, "certificate"))
          ? AWARD_SHORT_NAMES.certificate
          : "Không";
    diagnostics.push(
      diagnostic("boundaryTie", "warning", input.location, {
        award: names[award],
        kind: award,
        rank,
        units: tied.map((u) => u.name),
        codes: tied.map((u) => u.code),
        fill: AWARD_SHORT_NAMES[award],
        other,
        ...(rows.length === tied.length ? { rows: rows.map(String) } : {}),
      }),
    );
  };

  // Flag (Luật 06/2022/QH15 art. 26: the unit leading its bloc): the first flag.count eligible units.
  const flagged: RankedUnit[] = [];
  let flagTie: FlagTie | null = null;
  let places = rules.flag.count;
  for (const group of groups) {
    if (places <= 0) break;
    const candidates = group.filter((u) => eligible(u, "flag"));
    if (candidates.length <= places) {
      flagged.push(...candidates);
      places -= candidates.length;
    } else {
      flagTie = { units: candidates, places, rank: rankOf(group) };
      recordTie("flag", candidates, flagTie.rank);
      break; // The places left are the conference's to fill: nobody further down takes them.
    }
  }

  // Government flag (art. 25, chosen among bloc leaders): the rank-1 unit, only if it received the flag.
  // Two rank-1 units that both received the flag (flag.count ≥ 2) tie for it.
  const governmentFlag: RankedUnit[] = [];
  if (rules.governmentFlag.enabled) {
    const leaders = flagged.filter((u) => u.rank === 1 && eligible(u, "governmentFlag"));
    if (leaders.length === 1) governmentFlag.push(...leaders);
    else if (leaders.length > 1) recordTie("governmentFlag", leaders, 1);
  }

  // Certificates: in rank order, eligible units without the flag, up to certificate.count (null = all).
  // Units waiting on the flag vote are not proposed here (one of them gets the flag), and the ones that
  // will lose that vote keep their places: `held` certificate places are reserved at their rank, as many
  // as units that will drop from the flag vote (and can receive a certificate).
  const waiting = new Set(flagTie?.units ?? []);
  const droppers = flagTie === null ? [] : flagTie.units.filter((u) => eligible(u, "certificate"));
  const reserved = flagTie === null ? 0 : Math.min(flagTie.units.length - flagTie.places, droppers.length);
  const certified: RankedUnit[] = [];
  places = rules.certificate.count ?? Number.POSITIVE_INFINITY;
  for (const group of groups) {
    if (places <= 0) break;
    const members = group.filter(
      (u) => !flagged.includes(u) && !waiting.has(u) && eligible(u, "certificate"),
    );
    const held = flagTie !== null && rankOf(group) === flagTie.rank ? reserved : 0;
    if (members.length + held <= places) {
      certified.push(...members);
      places -= members.length + held;
    } else {
      // The units of this rank (with the flag vote's losers, when places are held for them) straddle
      // the limit: the conference decides among them, and the places are not given further down.
      recordTie("certificate", held > 0 ? [...members, ...droppers] : members, rankOf(group));
      break;
    }
  }

  const proposals: Proposal[] = [];
  const propose = (award: AwardKind, units: readonly RankedUnit[]): void => {
    if (units.length > 0) {
      proposals.push({ award, name: names[award], units: units.map((u) => u.code), decidedBy: "rules" });
    }
  };
  propose("flag", flagged);
  propose("governmentFlag", governmentFlag);
  propose("certificate", certified);
  return { proposals, ties, diagnostics };
}

/** Consecutive runs of units sharing a rank, in ranking order. */
function groupByRank(ranked: readonly RankedUnit[]): RankedUnit[][] {
  const groups: RankedUnit[][] = [];
  for (const unit of ranked) {
    const last = groups.at(-1);
    if (last !== undefined && last[0]?.rank === unit.rank) last.push(unit);
    else groups.push([unit]);
  }
  return groups;
}

function rankOf(group: readonly RankedUnit[]): number {
  const first = group[0];
  if (first === undefined) throw new Error("rankOf: empty group");
  return first.rank;
}
