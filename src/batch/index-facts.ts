import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { IndexFacts, UnitRef } from "./batch-protocol.js";

/** The batch index's row for a bloc that ran: name, year, leader, proposals, next chair and deputy. */
export function indexFacts(bloc: Bloc, result: BlocResult, warningCount: number): IndexFacts {
  const names = new Map(bloc.units.map((u) => [u.code, u.name]));
  const ref = (code: string): UnitRef => ({ code, name: names.get(code) ?? code });
  const next = result.rotation.next;
  return {
    name: bloc.info.name,
    kind: bloc.info.kind,
    year: bloc.info.year,
    leader: result.units.filter((u) => u.rank === 1).map((u) => ref(u.code)),
    proposals: result.proposals.map((p) => ({ award: p.award, name: p.name, units: p.units.map(ref) })),
    nextChair: next.chair === null ? null : ref(next.chair),
    nextDeputy: next.deputy === null ? null : ref(next.deputy),
    warningCount,
  };
}
