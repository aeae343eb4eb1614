/**
 * What a set's expect.json holds: its title, layout tags and command-line arguments, then the outcome
 * computed from its data (lib/expect.ts) or the refusal its definition declares.
 */
import { computeOutcome } from "./expect.js";
import type { Built, CorpusSet } from "./model.js";

export function setExpectation(set: CorpusSet, built: Built): Record<string, unknown> {
  const args = built.args ?? built.files.map((f) => f.path);
  const head = { title: set.title, layout: set.layout, args };
  if (built.errors) return { ...head, expect: "refused", errors: built.errors };
  const outcome = computeOutcome(set.bloc, set.tree, set.scores);
  const tied = new Set(outcome.units.map((u) => u.rank)).size !== outcome.units.length;
  if (tied && !set.ties) throw new Error(`${set.id}: units share a rank but the set is not about ties`);
  return { ...head, expect: "ok", ...outcome };
}
