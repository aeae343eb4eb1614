import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { ThiduaError } from "../errors.js";
import { diagnostic } from "../model/diagnostic.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { formatDiagnostic } from "../diagnostics/format-diagnostic.js";
import { jsonErrorsOf } from "../output/json-errors.js";
import type { JsonDiagnostic } from "../output/json-result.js";
import { toJsonDiagnostic } from "../output/json-result.js";
import type { IndexFacts, JobOutcome, WorkerMessage } from "./batch-protocol.js";
import type { BatchHooks, BatchOptions, BatchOutcome } from "./batch-options.js";
import { DEFAULT_BATCH_OUT } from "./batch-options.js";
import type { BlocReport } from "./bloc-report.js";
import { countStatuses } from "./bloc-report.js";
import { checkBatchSettings } from "./check-batch-settings.js";
import type { BlocInput } from "./discover-blocs.js";
import { discoverBlocs } from "./discover-blocs.js";
import type { SettledFolder } from "./name-out-folders.js";
import { nameOutFolders } from "./name-out-folders.js";
import type { BlocTitle } from "./read-bloc-title.js";
import { runPool } from "./run-pool.js";
import { writeIndex, indexPaths } from "./write-index.js";
import { convertOldWorkbooks } from "../read/convert-old-workbooks.js";
import { writeBlocOutputs } from "./write-bloc-outputs.js";
import type { PdfConverter } from "../pdf/pdf-converter.js";
import { openPdfConverter } from "../pdf/pdf-converter.js";
import { requireSoffice } from "../pdf/require-soffice.js";

/**
 * Heap limits of a pooled worker. Left unlimited, V8 lets a heap grow to about four times what it
 * holds live, so a batch's memory grows with its workers; under these limits each collects sooner and
 * a batch stays flat in the number of blocs (cli.md: under 300 MB). A 24 MB young generation measured
 * the same time as 48 MB for 500 blocs (18–20 s), at 175 MB peak instead of 220 MB.
 * A bloc too large for them runs again alone with node's default limits (run-pool.ts).
 */
const POOL_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 };

const shown = (path: string) => relative(process.cwd(), path) || path;

/** dist/worker.js, found from wherever this code runs: the bundle's entry, one of its chunks, or src/. */
function defaultWorkerUrl(): URL {
  for (const candidate of ["./worker.js", "../worker.js", "../../dist/worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error("không tìm thấy dist/worker.js (chạy npm run build)");
}

/** A batch with nothing to run: a usage error that names what was found and why it is not a bloc. */
function nothingToRun(inputs: readonly string[], found: readonly BlocInput[]): ThiduaError {
  const why = found.flatMap((b) => (b.skipped ? [`  ${formatDiagnostic(b.skipped)}`] : []));
  return new ThiduaError(
    "usage",
    [`Không tìm thấy khối nào (bảng tính .xlsx hoặc thư mục khối) trong: ${inputs.join(", ")}.`, ...why].join(
      "\n",
    ),
  );
}

/** The job's converted files (each .xls or .ods → its .xlsx copy), when it has any. */
function convertedCopies(
  files: readonly string[],
  converted: ReadonlyMap<string, string>,
): { converted?: Map<string, string> } {
  const copies = files.flatMap((f) => {
    const copy = converted.get(f);
    return copy === undefined ? [] : [[f, copy] as const];
  });
  return copies.length === 0 ? {} : { converted: new Map(copies) };
}

/** A reason as `--json` and the index show it. */
const reasonOf = (code: Diagnostic["code"], file: string, args: Diagnostic["args"]): JsonDiagnostic =>
  toJsonDiagnostic(diagnostic(code, "note", { file }, args));

/**
 * `thidua batch`: checks the shared settings, finds the blocs, runs them concurrently in worker
 * threads (one bloc's failure or crash fails that bloc only), writes each ok bloc into
 * `<out>/<slug>-<year>/` from this thread (so Ctrl-C cleans every temporary file), then the index.
 * Running again resumes: a bloc whose documents are already there is kept as `existing`. Usage,
 * rules and template errors throw before anything is written.
 */
export async function batch(
  inputs: readonly string[],
  options: BatchOptions,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  if (inputs.length === 0) throw new ThiduaError("usage", "Cần ít nhất một thư mục hoặc bảng tính .xlsx.");
  const out = options.out ?? DEFAULT_BATCH_OUT;
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new ThiduaError("usage", "--jobs: cần một số nguyên dương.");
  // Without LibreOffice no PDF can be made: said before anything is read or written.
  const soffice = options.pdf === true ? requireSoffice() : null;
  // Settings shared by every bloc are checked once: an error there is exit 2, not one failure per bloc.
  await checkBatchSettings(options);
  // Each bloc finds its own last year in the folder (find-prev-result.ts): one file cannot serve them all.
  if (options.prev !== undefined && !statSync(options.prev, { throwIfNoEntry: false })?.isDirectory())
    throw new ThiduaError(
      "usage",
      `--prev: cần thư mục kết quả năm trước của batch (chứa các thư mục <tên-khối>-<năm>), nhưng không có thư mục ${options.prev}.`,
    );
  const found = await discoverBlocs(inputs, { out });
  if (found.every((b) => b.skipped !== undefined)) throw nothingToRun(inputs, found);
  hooks.onStart?.(found);
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();

  const reports: (BlocReport | undefined)[] = Array.from({ length: found.length }, () => undefined);
  const rendered = new Map<number, Extract<JobOutcome, { ok: true }>>();
  const folders = new Map<number, SettledFolder>();
  const writes: Promise<void>[] = [];
  let renderedOk = 0;
  let done = 0;
  let emitted = 0;

  const finish = (i: number, report: BlocReport) => {
    reports[i] = report;
    done++;
    hooks.onProgress?.(done, found.length);
    for (let r = reports[emitted]; r !== undefined; r = reports[emitted]) {
      hooks.onBloc?.(r, emitted);
      if (options.keepResults === false) reports[emitted] = { ...r, result: undefined };
      emitted++;
    }
  };
  const inputOf = (i: number) => found[i] ?? { input: "", files: [] };
  const failed = (
    i: number,
    errors: JsonDiagnostic[],
    extra: { facts?: IndexFacts; title?: BlocTitle; warningCount?: number; stack?: string } = {},
  ) => {
    namer.failed(i);
    const { input, files } = inputOf(i);
    finish(i, {
      input,
      files,
      status: "failed",
      folder: null,
      errors,
      warningCount: extra.warningCount ?? 0,
      ...extra,
    });
  };

  let converter: PdfConverter | null = null;
  const keepsResult = options.only === undefined || options.only.includes("ket-qua");
  const write = async (i: number, folder: string, outcome: Extract<JobOutcome, { ok: true }>) => {
    const { input, files } = inputOf(i);
    const where = join(out, folder);
    const base = {
      input,
      files,
      folder,
      facts: outcome.facts,
      errors: [],
      warningCount: outcome.facts.warningCount,
    };
    try {
      const written = await writeBlocOutputs({
        where,
        rendered: outcome.outputs,
        result: outcome.result,
        converter,
        keepsResult,
        force: options.force,
      });
      const report = { ...base, result: written.result };
      if (!written.kept) finish(i, { ...report, status: "ok" });
      else if (written.differ.length > 0) {
        const reason = reasonOf("existingDiffers", input, { folder: where, files: written.differ });
        finish(i, { ...report, status: "existing", reason });
      } else {
        finish(i, {
          ...report,
          status: "existing",
          reason: reasonOf("alreadyDone", input, { folder: where }),
        });
      }
    } catch (error) {
      failed(i, jsonErrorsOf(error, input), {
        facts: outcome.facts,
        warningCount: outcome.facts.warningCount,
      });
    }
  };
  // A bloc is written once it is rendered and its folder is settled, whichever comes last.
  const writeWhenReady = (i: number) => {
    const outcome = rendered.get(i);
    if (outcome === undefined || !folders.has(i)) return;
    rendered.delete(i);
    const settled = folders.get(i) ?? null;
    const facts = { facts: outcome.facts, warningCount: outcome.facts.warningCount };
    if (settled === null) {
      const message = "Lỗi nội bộ của thidua: khối chưa có thư mục kết quả.";
      failed(i, [{ code: "internalError", message, file: inputOf(i).input }], facts);
    } else if ("duplicateOf" in settled) {
      const first = inputOf(settled.duplicateOf).input;
      const args = { first, name: outcome.facts.name, year: outcome.facts.year };
      failed(i, [reasonOf("duplicateBloc", inputOf(i).input, args)], facts);
    } else writes.push(write(i, settled.folder, outcome));
  };
  const namer = nameOutFolders(found.length, (i, settled) => {
    folders.set(i, settled);
    writeWhenReady(i);
  });

  found.forEach((bloc, i) => {
    if (bloc.skipped) {
      namer.failed(i);
      const reason = toJsonDiagnostic(bloc.skipped);
      finish(i, { ...bloc, status: "skipped", folder: null, errors: [], warningCount: 0, reason });
    } else if (bloc.problem) failed(i, [toJsonDiagnostic(bloc.problem)]);
  });
  const runnable = found.flatMap((bloc, id) =>
    bloc.problem || bloc.skipped ? [] : [{ id, files: bloc.files }],
  );
  // One LibreOffice run converts every .xls and .ods of the batch (it takes a second or two to start).
  const conversion = await convertOldWorkbooks(runnable.flatMap((job) => job.files));
  if (soffice !== null) converter = await openPdfConverter(soffice);
  await runPool(
    runnable.map((job) => ({
      ...job,
      ...convertedCopies(job.files, conversion.converted),
      ...(options.rules !== undefined ? { rules: options.rules } : {}),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      ...(options.only !== undefined ? { only: [...options.only] } : {}),
      ...(options.prev !== undefined ? { prev: options.prev } : {}),
    })),
    {
      workerUrl,
      size: jobs,
      resourceLimits: POOL_LIMITS,
      retryLimits: {},
      onMessage: (message: WorkerMessage) => {
        if (message.type === "named") {
          namer.named(message.id, message.key);
        } else if (message.outcome.ok) {
          renderedOk++;
          rendered.set(message.id, message.outcome);
          writeWhenReady(message.id);
        } else {
          const { errors, warningCount, stack, title, fatal } = message.outcome;
          // A template or rules error before any bloc rendered is the settings' error, the same for
          // every bloc: the batch stops (exit 2) with it said once, and writes nothing.
          if (fatal !== undefined && renderedOk === 0)
            throw new ThiduaError(fatal.kind, fatal.message, fatal.diagnostics);
          failed(message.id, errors, {
            warningCount,
            ...(stack !== undefined ? { stack } : {}),
            ...(title !== undefined ? { title } : {}),
          });
        }
      },
      onCrash: (job, error) => {
        const message = `Lỗi nội bộ của thidua: việc xử lý khối này bị dừng đột ngột (${error.message}); các khối khác không bị ảnh hưởng.`;
        failed(
          job.id,
          [{ code: "workerCrashed", message, file: inputOf(job.id).input }],
          error.stack !== undefined ? { stack: error.stack } : {},
        );
      },
    },
  )
    .finally(() => conversion.cleanup())
    // The writes are awaited even when the pool failed: LibreOffice must be done before its folder goes.
    .finally(() => Promise.allSettled(writes).then(() => converter?.close()));
  await Promise.all(writes);

  const blocs = reports.map(
    (r, i) => r ?? { ...inputOf(i), status: "failed" as const, folder: null, errors: [], warningCount: 0 },
  );
  await writeIndex(out, blocs, { merge: !options.force });
  return { blocs, summary: countStatuses(blocs), indexFiles: indexPaths(out).map(shown) };
}
