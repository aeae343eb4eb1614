import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import type { OutputId } from "./summarize.js";
import { ThiduaError } from "../errors.js";
import type { JsonDiagnostic } from "../output/json-result.js";
import type { IndexFacts, JobOutcome, WorkerMessage } from "../batch/batch-protocol.js";
import type { BlocReport } from "../batch/bloc-report.js";
import type { BlocInput } from "../batch/discover-blocs.js";
import { discoverBlocs } from "../batch/discover-blocs.js";
import { nameOutFolders } from "../batch/name-out-folders.js";
import { runPool } from "../batch/run-pool.js";
import { thrownErrors } from "../batch/run-bloc-job.js";
import { writeIndex, indexPaths } from "../batch/write-index.js";
import { convertOldWorkbooks } from "../read/convert-old-workbooks.js";
import { existingFiles, refuseOverwrite, writeFilesAtomically } from "../write/write-files-atomically.js";

/** `./thidua-out/` (cli.md). */
export const DEFAULT_BATCH_OUT = "thidua-out";

/** Options of `batch`, as `summarize`'s plus `jobs`. */
export interface BatchOptions {
  /** Output folder; each bloc goes to `<out>/<slug>-<year>/`, the index to `<out>/tong-hop.*`. */
  out?: string;
  rules?: string;
  templates?: string;
  only?: readonly OutputId[];
  force: boolean;
  /** Blocs run at once; default the number of CPUs. */
  jobs?: number;
  /** The worker script; default the built `dist/worker.js`. */
  workerUrl?: URL;
  /**
   * Keep each ok bloc's JSON result in the outcome (default true). The CLI keeps them only for
   * `--json`, so a batch of thousands of blocs holds only the index facts.
   */
  keepResults?: boolean;
}

/** Callbacks for a live display (lines per bloc, a progress bar); all optional. */
export interface BatchHooks {
  /** The blocs found, before any runs. */
  onStart?: (blocs: readonly BlocInput[]) => void;
  /** Each bloc once, in input order, as soon as it and every bloc before it have finished. */
  onBloc?: (report: BlocReport, index: number) => void;
  /** A bloc finished, in any order (a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/** Every bloc's report and the counts; the CLI exits 3 when `failed` > 0. */
export interface BatchOutcome {
  /** In input order (sorted by path), whatever order they finished in. */
  blocs: BlocReport[];
  summary: { ok: number; failed: number };
  /** The index files written. */
  indexFiles: string[];
}

/**
 * Heap limits of a pooled worker. V8 grows an unlimited heap with a factor of 4 over the live size, so
 * two workers rendering with docx.js held ~410 MB; under these limits it collects sooner and a batch
 * stays flat in the number of blocs (cli.md: under 300 MB). With the faster pipeline a 24 MB young
 * generation measured the same time as 48 MB for 500 blocs (18–20 s) at 175 MB peak instead of 220 MB.
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

async function checkOptions(options: BatchOptions): Promise<number> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new ThiduaError("usage", "--jobs: cần một số nguyên dương.");
  // Settings shared by every bloc are checked once: a missing one is a usage error (exit 2), not N failed blocs.
  if (options.rules !== undefined && !(await stat(options.rules).catch(() => null))?.isFile()) {
    throw new ThiduaError("usage", `--rules: không tìm thấy tệp ${options.rules}.`);
  }
  if (options.templates !== undefined && !(await stat(options.templates).catch(() => null))?.isDirectory()) {
    throw new ThiduaError("usage", `--templates: không tìm thấy thư mục ${options.templates}.`);
  }
  return jobs;
}

/**
 * `thidua batch`: finds the blocs, runs them concurrently in worker threads (one bloc's failure or crash
 * fails that bloc only), writes each ok bloc into `<out>/<slug>-<year>/` from this thread (so Ctrl-C
 * cleans every temporary file), then the index. Usage problems and an existing index without `force`
 * throw before any bloc runs.
 */
export async function batch(
  inputs: readonly string[],
  options: BatchOptions,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  if (inputs.length === 0) throw new ThiduaError("usage", "Cần ít nhất một thư mục hoặc bảng tính .xlsx.");
  const out = options.out ?? DEFAULT_BATCH_OUT;
  const jobs = await checkOptions(options);
  const index = indexPaths(out);
  const existing = options.force ? [] : await existingFiles(index);
  if (existing.length > 0) throw refuseOverwrite(existing);
  const found = await discoverBlocs(inputs, { out });
  if (found.length === 0) {
    throw new ThiduaError(
      "usage",
      `Không tìm thấy khối nào (tệp .xlsx hoặc thư mục khối) trong: ${inputs.join(", ")}.`,
    );
  }
  hooks.onStart?.(found);
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();

  const reports: (BlocReport | undefined)[] = Array.from({ length: found.length }, () => undefined);
  const rendered = new Map<number, Extract<JobOutcome, { ok: true }>>();
  const folders = new Map<number, string | null>();
  const writes: Promise<void>[] = [];
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
    extra: { facts?: IndexFacts; warningCount?: number; stack?: string } = {},
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

  const write = async (i: number, folder: string, outcome: Extract<JobOutcome, { ok: true }>) => {
    const { input, files } = inputOf(i);
    const targets = outcome.outputs.map((o) => ({ path: join(out, folder, o.fileName), data: o.data }));
    try {
      await writeFilesAtomically(targets, options.force);
    } catch (error) {
      failed(i, thrownErrors(error, input), {
        facts: outcome.facts,
        warningCount: outcome.facts.warningCount,
      });
      return;
    }
    const result = { ...outcome.result, files: targets.map((t) => shown(t.path)) };
    finish(i, {
      input,
      files,
      status: "ok",
      folder,
      result,
      facts: outcome.facts,
      errors: [],
      warningCount: outcome.facts.warningCount,
    });
  };
  // A bloc is written once it is rendered and its folder is settled, whichever comes last.
  const writeWhenReady = (i: number) => {
    const outcome = rendered.get(i);
    if (outcome === undefined || !folders.has(i)) return;
    rendered.delete(i);
    const folder = folders.get(i) ?? null;
    if (folder === null)
      failed(i, [
        {
          code: "internalError",
          message: "Lỗi nội bộ của thidua: khối chưa có thư mục kết quả.",
          file: inputOf(i).input,
        },
      ]);
    else writes.push(write(i, folder, outcome));
  };
  const namer = nameOutFolders(found.length, (i, folder) => {
    folders.set(i, folder);
    writeWhenReady(i);
  });

  found.forEach((bloc, i) => {
    if (bloc.problem)
      failed(i, [{ code: bloc.problem.code, message: bloc.problem.message, file: bloc.input }]);
  });
  const runnable = found.flatMap((bloc, id) => (bloc.problem ? [] : [{ id, files: bloc.files }]));
  // One LibreOffice run converts every .xls and .ods of the batch (it takes a second or two to start).
  const conversion = await convertOldWorkbooks(runnable.flatMap((job) => job.files));
  await runPool(
    runnable.map((job) => ({
      ...job,
      ...convertedCopies(job.files, conversion.converted),
      ...(options.rules !== undefined ? { rules: options.rules } : {}),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      ...(options.only !== undefined ? { only: [...options.only] } : {}),
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
          rendered.set(message.id, message.outcome);
          writeWhenReady(message.id);
        } else {
          const { errors, warningCount, stack } = message.outcome;
          failed(message.id, errors, { warningCount, ...(stack !== undefined ? { stack } : {}) });
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
  ).finally(() => conversion.cleanup());
  await Promise.all(writes);

  const blocs = reports.map(
    (r, i) => r ?? { ...inputOf(i), status: "failed" as const, folder: null, errors: [], warningCount: 0 },
  );
  const summary = {
    ok: blocs.filter((b) => b.status === "ok").length,
    failed: blocs.filter((b) => b.status === "failed").length,
  };
  await writeIndex(out, blocs, summary, options.force);
  return { blocs, summary, indexFiles: index.map(shown) };
}
