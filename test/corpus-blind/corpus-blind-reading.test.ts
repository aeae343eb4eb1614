/**
 * The blind corpus (test/corpus-blind/README.md) through the reader: every set is read right as it
 * is, or refused at the expected place; none is read wrong. The verdicts are
 * scripts/corpus/check-corpus.mjs's own, as in test/corpus/corpus-reading.test.ts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Expectation } from "../../scripts/corpus/check-corpus.mjs";
import { classify, named } from "../../scripts/corpus/check-corpus.mjs";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import { hasErrors } from "../../src/model/diagnostic.js";
import { toJsonDiagnostic, toJsonResult } from "../../src/output/json-result.js";

const SETS = fileURLToPath(new URL("./sets/", import.meta.url));

/** Every set of sets/: each is read right or refused at the expected place. */
const HANDLED = readdirSync(SETS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** What `thidua summarize --json` would answer for a set, without spawning it. */
async function run(dir: string, args: readonly string[]): Promise<{ exit: number; result: object }> {
  const loaded = await loadBloc(args.map((a) => join(dir, a)));
  const errorsOf = (ds: typeof loaded.diagnostics) =>
    ds.filter((d) => d.severity === "error").map(toJsonDiagnostic);
  if (!loaded.bloc || hasErrors(loaded.diagnostics))
    return { exit: 1, result: { errors: errorsOf(loaded.diagnostics) } };
  const computed = computeResult(loaded.bloc);
  const all = [...loaded.diagnostics, ...computed.diagnostics];
  if (!computed.result || hasErrors(all)) return { exit: 1, result: { errors: errorsOf(all) } };
  const warnings = all.filter((d) => d.severity === "warning");
  return { exit: 0, result: toJsonResult(loaded.bloc, computed.result, warnings, []) };
}

describe("the blind corpus, every set", () => {
  it.each(HANDLED)("%s", async (name) => {
    const dir = join(SETS, name);
    const expectation = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8")) as Expectation;
    const outcome = await run(dir, expectation.args);
    const verdict = classify(expectation, outcome);
    if (expectation.expect === "ok") {
      expect(verdict.verdict, verdict.detail).toBe("read right");
      return;
    }
    expect(verdict.verdict, verdict.detail).toBe("refused");
    const errors = (outcome.result as { errors: Parameters<typeof named>[1] }).errors;
    for (const error of expectation.errors ?? []) {
      expect(
        named(error, errors),
        `${error.file} › ${error.sheet ?? ""} › ${error.cell ?? error.row ?? ""}: ${error.why}`,
      ).toBe(true);
    }
  });
});
