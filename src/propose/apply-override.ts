import type { AwardKind, Unit } from "../model/bloc.js";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { Proposal } from "../model/result.js";
import type { RankedUnit } from "../rank/rank-units.js";
import type { Eligibility } from "./check-eligibility.js";

/** What the conference's decisions are read from. */
export interface OverrideInput {
  units: readonly Unit[];
  /** In ranking order: the conference's proposals list units in that order too. */
  ranked: readonly RankedUnit[];
  /** By unit code. */
  eligibility: ReadonlyMap<string, Eligibility>;
  names: Record<AwardKind, string>;
}

/** The awards in the order the ladder and the documents give them. */
export const AWARDS: readonly AwardKind[] = ["flag", "governmentFlag", "certificate"];

/**
 * The conference's own decisions (`Đề nghị khen thưởng`, rules.md), unit by unit: each unit whose cell
 * is filled gets exactly the awards written there (`Không`: none), as proposals `decidedBy` =
 * `conference`. Units left empty are not decided here: the ladder proposes for them (decide-awards.ts).
 * An award to a disciplined unit is an `overrideIneligible` error (Nghị định 152/2025/NĐ-CP art. 4);
 * an award to a unit below any other requirement of the rules an `overrideBelowRequirement` warning:
 * the vote is the conference's.
 */
export function applyOverride(input: OverrideInput): {
  /** Codes of the units the conference decided, in ranking order. */
  decided: string[];
  proposals: Proposal[];
  diagnostics: Diagnostic[];
} {
  const { units, ranked, names } = input;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const decided = ranked.flatMap((r) => {
    const unit = byCode.get(r.code);
    return unit !== undefined && unit.awardOverride !== null ? [unit] : [];
  });
  const diagnostics: Diagnostic[] = [];

  for (const unit of decided) {
    const awards = AWARDS.filter((a) => unit.awardOverride?.includes(a) === true);
    if (awards.length === 0) continue;
    const entry = input.eligibility.get(unit.code);
    if (entry === undefined) throw new Error(`applyOverride: no eligibility for unit ${unit.code}`);
    if (awards.some((a) => entry[a].includes("discipline"))) {
      diagnostics.push(
        diagnostic("overrideIneligible", "error", unit.location, {
          unit: unit.name,
          code: unit.code,
          discipline: unit.discipline ?? "",
          award: awards.map((a) => names[a]),
        }),
      );
      continue;
    }
    for (const award of awards) {
      if (entry[award].length > 0) {
        diagnostics.push(
          diagnostic("overrideBelowRequirement", "warning", unit.location, {
            unit: unit.name,
            code: unit.code,
            award: names[award],
            reasons: entry[award],
          }),
        );
      }
    }
  }

  // Only awards with at least one unit, as for the computed ladder; `Không` ([]) gives nothing.
  const proposals: Proposal[] = [];
  for (const award of AWARDS) {
    const chosen = decided.filter((u) => u.awardOverride?.includes(award) === true);
    if (chosen.length > 0) {
      proposals.push({
        award,
        name: names[award],
        units: chosen.map((u) => u.code),
        decidedBy: "conference",
      });
    }
  }
  return { decided: decided.map((u) => u.code), proposals, diagnostics };
}
