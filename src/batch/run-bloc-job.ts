import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { isWanted, OUTPUT_IDS, summarize } from "../commands/summarize.js";
import { ThiduaError } from "../errors.js";
import { toJsonDiagnostic, toJsonResult } from "../output/json-result.js";
import type { JsonDiagnostic } from "../output/json-result.js";
import { slugify } from "../output/slug.js";
import type { BlocJob, JobOutcome, RenderedFile } from "./batch-protocol.js";
import { indexFacts } from "./index-facts.js";
import { readBlocTitle } from "./read-bloc-title.js";

const bySeverity = (ds: readonly Diagnostic[], severity: Diagnostic["severity"]) =>
  ds.filter((d) => d.severity === severity);

/** The folder key of a bloc, `<slug>-<year>` (`khoi-thi-dua-so-2-2023`). */
export function blocKey(bloc: Bloc): string {
  return `${slugify(bloc.info.name)}-${bloc.info.year}`;
}

/**
 * Renders a bloc's outputs in memory, as `summarize` does before writing; kept apart because batch
 * decides the bloc's folder in the main thread, after every bloc before it in input order is read.
 */
async function renderOutputs(
  bloc: Bloc,
  result: BlocResult,
  job: BlocJob,
  prev: PrevYear | null,
): Promise<RenderedFile[]> {
  const wanted = (id: (typeof OUTPUT_IDS)[number]) => isWanted(id, job.only);
  const outputs: RenderedFile[] = [];
  const documentIds = OUTPUT_IDS.filter(
    (id): id is Exclude<typeof id, "ket-qua"> => id !== "ket-qua" && wanted(id),
  );
  if (documentIds.length > 0) {
    const { renderDocuments } = await import("../render/render-documents.js");
    const documents = await renderDocuments(bloc, result, {
      ...(job.templates !== undefined ? { templatesDir: job.templates } : {}),
      only: documentIds,
      prev,
    });
    for (const d of documents) outputs.push({ fileName: d.fileName, data: d.data });
  }
  if (wanted("ket-qua")) {
    const { buildResultsWorkbook } = await import("../write/build-results-workbook.js");
    outputs.push({ fileName: "ket-qua.xlsx", data: buildResultsWorkbook(bloc, result, prev) });
  }
  return outputs;
}

/** A thrown error as the failed bloc's `errors` (the CLI's boundary shows them the same way). */
export function thrownErrors(error: unknown, file: string): JsonDiagnostic[] {
  if (error instanceof ThiduaError) {
    return error.diagnostics.length > 0
      ? error.diagnostics.map(toJsonDiagnostic)
      : [{ code: `${error.kind}Error`, message: error.message, file }];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: "internalError", message: `Lỗi nội bộ của thidua: ${message}`, file }];
}

/**
 * Runs one bloc of a batch (in a worker thread): read, validate, compute, render; `onNamed` gets the
 * bloc's folder key as soon as it is known. Never throws: a failure of any kind is the bloc's outcome.
 */
export async function runBlocJob(job: BlocJob, onNamed: (key: string) => void): Promise<JobOutcome> {
  const file = job.files[0] ?? "";
  try {
    const outcome = await summarize(job.files, {
      ...(job.rules !== undefined ? { rules: job.rules } : {}),
      ...(job.converted !== undefined ? { converted: job.converted } : {}),
      ...(job.prev !== undefined ? { prev: job.prev, prevOptional: true } : {}),
      force: false,
      dryRun: true,
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
    onNamed(blocKey(bloc));
    const warnings = bySeverity(diagnostics, "warning");
    const outputs = await renderOutputs(bloc, result, job, prev);
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
      errors: thrownErrors(error, file),
      warningCount: 0,
      ...(stack !== undefined ? { stack } : {}),
      ...(fatal !== undefined ? { fatal } : {}),
    };
  }
}
