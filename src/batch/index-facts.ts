import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { IndexFacts } from "./batch-protocol.js";

/**
 * The batch index's row for a bloc that ran: name, year, leader, proposals, next chair and deputy.
 * Units are named by code, as in summarize's `--json` result, with their names in `unitNames`.
 */
export function indexFacts(bloc: Bloc, result: BlocResult, warningCount: number): IndexFacts {
  const next = result.rotation.next;
  const leader = result.units.filter((u) => u.rank === 1).map((u) => u.code);
  const proposals = result.proposals.map((p) => ({
    award: p.award,
    name: p.name,
    units: [...p.units],
    decidedBy: p.decidedBy,
  }));
  const named = new Set([
    ...leader,
    ...proposals.flatMap((p) => p.units),
    ...[next.chair, next.deputy].filter((c): c is string => c !== null),
  ]);
  const unitNames = Object.fromEntries(
    bloc.units.filter((u) => named.has(u.code)).map((u) => [u.code, u.name]),
  );
  return {
    name: bloc.info.name,
    kind: bloc.info.kind,
    year: bloc.info.year,
    leader,
    proposals,
    nextChair: next.chair,
    nextDeputy: next.deputy,
    unitNames,
    warningCount,
  };
}
