import { bySeverity } from "../model/diagnostic.js";
import { ThiduaError } from "../errors.js";
import { blocFolder } from "../output/bloc-folder.js";
import { jsonErrorsOf } from "../output/json-errors.js";
import { toJsonDiagnostic, toJsonResult } from "../output/json-result.js";
import { computeBloc } from "../pipeline/compute-bloc.js";
import { renderOutputs } from "../pipeline/render-outputs.js";
import type { BlocJob, JobOutcome } from "./batch-protocol.js";
import { indexFacts } from "./index-facts.js";
import { readBlocTitle } from "./read-bloc-title.js";

/**
 * Runs one bloc of a batch (in a worker thread): read, validate, compute, render; `onNamed` gets the
 * bloc's folder key as soon as it is known (the main thread settles folders in input order while the
 * bloc renders). Never throws: a failure of any kind is the bloc's outcome.
 */
export async function runBlocJob(job: BlocJob, onNamed: (key: string) => void): Promise<JobOutcome> {
  const file = job.files[0] ?? "";
  try {
    const outcome = await computeBloc(job.files, {
      ...(job.rules !== undefined ? { rules: job.rules } : {}),
      ...(job.converted !== undefined ? { converted: job.converted } : {}),
      ...(job.prev !== undefined ? { prev: job.prev, prevOptional: true } : {}),
    });
    if (!outcome.ok) {
      return {
        ok: false,
        errors: bySeverity(outcome.diagnostics, "error").map(toJsonDiagnostic),
        warningCount: bySeverity(outcome.diagnostics, "warning").length,
        title: await readBlocTitle(file),
      };
    }
    const { bloc, result, diagnostics, prev } = outcome;
    onNamed(blocFolder(bloc));
    const warnings = bySeverity(diagnostics, "warning");
    const outputs = await renderOutputs(bloc, result, {
      ...(job.templates !== undefined ? { templates: job.templates } : {}),
      ...(job.only !== undefined ? { only: job.only } : {}),
      prev,
    });
    // `files` is filled in by the main thread once the bloc's folder is settled and written.
    return {
      ok: true,
      result: toJsonResult(bloc, result, warnings, []),
      facts: indexFacts(bloc, result, warnings.length),
      outputs,
    };
  } catch (error) {
    const stack = error instanceof Error && !(error instanceof ThiduaError) ? error.stack : undefined;
    const fatal =
      error instanceof ThiduaError && (error.kind === "template" || error.kind === "rules")
        ? { kind: error.kind, message: error.message, diagnostics: [...error.diagnostics] }
        : undefined;
    return {
      ok: false,
      errors: jsonErrorsOf(error, file),
      warningCount: 0,
      ...(stack !== undefined ? { stack } : {}),
      ...(fatal !== undefined ? { fatal } : {}),
    };
  }
}
