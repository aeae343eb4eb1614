import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic } from "../model/diagnostic.js";

/**
 * The ranks a secretary typed in a master table against the ranks computed by the rules (rules.md):
 * the computed rank stands (ties and tie-breakers are the rules'), a different typed one is said.
 */
export function checkDeclaredRanks(
  bloc: Pick<Bloc, "declaredRanks">,
  ranks: ReadonlyMap<string, number>,
): Diagnostic[] {
  return (bloc.declaredRanks ?? []).flatMap((declared) => {
    const computed = ranks.get(declared.unit);
    if (computed === undefined || computed === declared.rank) return [];
    return [
      diagnostic("rankMismatch", "warning", declared.location, {
        unit: declared.unit,
        found: declared.rank,
        expected: computed,
      }),
    ];
  });
}
