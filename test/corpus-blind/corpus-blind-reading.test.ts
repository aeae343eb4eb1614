/**
 * The blind corpus (test/corpus-blind/README.md) through the reader, for the sets it handles today:
 * those read right as they are, and the slips refused at the expected place. The other sets are open
 * findings of the blind test (a silent wrong answer, or a real layout refused): each joins the list
 * below when the reader handles it, so a set that passes once keeps passing. The verdicts are
 * scripts/corpus/check-corpus.mjs's own, as in test/corpus/corpus-reading.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Expectation } from "../../scripts/corpus/check-corpus.mjs";
import { classify, named } from "../../scripts/corpus/check-corpus.mjs";
import { computeResult } from "../../src/compute/compute-result.js";
import { loadBloc } from "../../src/load/load-bloc.js";
import { hasErrors } from "../../src/model/diagnostic.js";
import { toJsonDiagnostic, toJsonResult } from "../../src/output/json-result.js";

const SETS = fileURLToPath(new URL("./sets/", import.meta.url));

/** The sets the reader handles today; the rest of sets/ are findings still open. */
const HANDLED = [
  "02-sheet-nam-va-ban-sao",
  "07-nhieu-don-vi-mot-file",
  "09-diem-le-hai-so",
  "10-hai-muoi-lam-tieu-chi",
  "11-thang-1000-chu",
  "13-ky-anh-hai-don-vi",
  "15-don-vi-o-goc-trai",
  "18-tong-hop-theo-nhom",
  "20-sheet-co-nam",
  "22-tieu-chi-doc-lap",
  "26-dong-gop-hai-hang",
  "27-diem-go-nham-dong",
  "28-diem-thanh-ngay",
  "29-hai-file-trao-ten",
  "30-diem-tru-vuot-toi-da",
  "31-dong-them-tieu-chi",
  "32-diem-chuan-bang-tong-hop-sai",
  "33-cot-don-vi-trong",
  "34-hang-khong-thuoc-cum",
  "35-hai-sheet-cung-nam",
  "40-sau-thang-va-ca-nam",
];

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

describe("the blind corpus, sets the reader handles", () => {
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
