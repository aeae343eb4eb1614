import type { AwardKind, Unit } from "../model/bloc.js";
import { diagnostic, type Diagnostic, type Location } from "../model/diagnostic.js";
import type { Proposal } from "../model/result.js";
import type { RankedUnit } from "../rank/rank-units.js";
import type { Eligibility } from "./check-eligibility.js";

/** What the conference override reads. */
export interface OverrideInput {
  units: readonly Unit[];
  /** In ranking order: the conference's proposals list units in that order too. */
  ranked: readonly RankedUnit[];
  /** By unit code. */
  eligibility: ReadonlyMap<string, Eligibility>;
  names: Record<AwardKind, string>;
  /** Where the warning about units left empty points: the units table. */
  location: Location;
}

const AWARDS: readonly AwardKind[] = ["flag", "governmentFlag", "certificate"];

/**
 * The conference's own decision (`Đề nghị khen thưởng`, rules.md): when any unit has it filled, the
 * proposals come from that column alone; returns null when nobody has it filled. Units left empty get
 * no proposal and one `conferenceUnitsWithoutAward` warning lists them; an award to a disciplined unit
 * is an `overrideIneligible` error (Nghị định 152/2025/NĐ-CP art. 4), and an award to a unit below any
 * other requirement of the rules an `overrideBelowRequirement` warning: the vote is the conference's.
 */
export function applyOverride(
  input: OverrideInput,
): { proposals: Proposal[]; diagnostics: Diagnostic[] } | null {
  const { units, ranked, names } = input;
  if (units.every((u) => u.awardOverride === null)) return null;
  const byCode = new Map(units.map((u) => [u.code, u]));
  const inRankOrder = ranked.flatMap((r) => byCode.get(r.code) ?? []);
  const diagnostics: Diagnostic[] = [];

  const empty = inRankOrder.filter((u) => u.awardOverride === null);
  if (empty.length > 0) {
    diagnostics.push(
      diagnostic("conferenceUnitsWithoutAward", "warning", input.location, {
        units: empty.map((u) => u.name),
        codes: empty.map((u) => u.code),
      }),
    );
  }

  for (const unit of inRankOrder) {
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
    const chosen = inRankOrder.filter((u) => u.awardOverride?.includes(award) === true);
    if (chosen.length > 0) {
      proposals.push({
        award,
        name: names[award],
        units: chosen.map((u) => u.code),
        decidedBy: "conference",
      });
    }
  }
  return { proposals, diagnostics };
}
