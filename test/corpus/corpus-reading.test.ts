/**
 * Both corpora of workbooks laid out the way real blocs keep them through the reader: the realistic
 * one (test/corpus/README.md) and the blind one, written without reading the reader
 * (test/corpus-blind/README.md). Every set to read is read right as it is (totals, ranks, proposals,
 * ties, rotation), every slip is refused with an error at the expected place, and no set ever gives a
 * wrong answer with exit 0. The verdicts are scripts/corpus/check-corpus.mjs's own, so the test and
 * the command-line measure agree.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Expectation } from "../../scripts/corpus/check-corpus.mjs";
import { classify, named } from "../../scripts/corpus/check-corpus.mjs";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { toJsonDiagnostic, toJsonResult } from "../../src/output/json-result.js";
import { computeBloc } from "../../src/pipeline/compute-bloc.js";

const CORPORA = [
  ["the realistic corpus", fileURLToPath(new URL("./sets/", import.meta.url))],
  ["the blind corpus", fileURLToPath(new URL("../corpus-blind/sets/", import.meta.url))],
] as const;

const bySeverity = (ds: readonly Diagnostic[], severity: Diagnostic["severity"]) =>
  ds.filter((d) => d.severity === severity).map(toJsonDiagnostic);

/** What `thidua summarize --json` would answer for a set, through the same pipeline, without spawning it. */
async function run(dir: string, args: readonly string[]): Promise<{ exit: number; result: object }> {
  const outcome = await computeBloc(
    args.map((a) => join(dir, a)),
    {},
  );
  if (!outcome.ok) return { exit: 1, result: { errors: bySeverity(outcome.diagnostics, "error") } };
  const warnings = outcome.diagnostics.filter((d) => d.severity === "warning");
  return { exit: 0, result: toJsonResult(outcome.bloc, outcome.result, warnings, []) };
}

describe.each(CORPORA)("%s", (_, setsDir) => {
  const sets = readdirSync(setsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it("has the 40 sets its README lists", () => expect(sets.length).toBeGreaterThanOrEqual(40));

  it.each(sets)("%s", async (name) => {
    const dir = join(setsDir, name);
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
