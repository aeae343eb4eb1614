import type { Terminal } from "../cli/terminal.js";
import { parseOnly } from "../cli/parse-only.js";
import { printBatchSummary, printBloc } from "../cli/print-batch.js";
import type { BatchProgress } from "../cli/batch-progress.js";
import { makeBatchProgress } from "../cli/batch-progress.js";
import { DEFAULT_BATCH_OUT } from "../batch/batch-options.js";
import type { BlocReport } from "../batch/bloc-report.js";
import { toJsonBloc } from "../batch/bloc-report.js";
import { batch } from "../batch/run-batch.js";
import { ThiduaError } from "../errors.js";
import type { SummarizeCliOptions } from "./summarize.js";

/** Options of `batch` as commander gives them: `summarize`'s, and two of its own. */
export interface BatchCliOptions extends SummarizeCliOptions {
  jobs?: string;
  /** Says what running again does anyway (blocs already written are kept); refused with `--force`. */
  resume?: boolean;
}

/** `--jobs`: a whole number from 1, as typed. */
function parseJobs(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new ThiduaError("usage", `--jobs: cần một số nguyên dương, nhưng nhận "${jobs}".`);
  }
  return n;
}

/** `thidua batch`: runs the batch, prints a line per bloc (in input order) and a summary, or the JSON. */
export async function runBatch(term: Terminal, inputs: string[], options: BatchCliOptions): Promise<number> {
  if (options.resume && options.force)
    throw new ThiduaError(
      "usage",
      "--resume giữ các khối đã ghi, --force ghi lại tất cả: chọn một trong hai. Xem cách dùng: thidua batch --help",
    );
  const only = parseOnly(options.only);
  const jobs = parseJobs(options.jobs);
  const out = options.out ?? DEFAULT_BATCH_OUT;
  // cli.md: a bar only when stderr is a terminal, never with --json or --quiet.
  const progress: BatchProgress | null =
    process.stderr.isTTY === true && !options.json && !options.quiet ? await makeBatchProgress() : null;
  const print = (report: BlocReport) => {
    if (options.json) return;
    if (progress) progress.above(() => printBloc(term, report, out, options));
    else printBloc(term, report, out, options);
  };
  let outcome;
  try {
    outcome = await batch(
      inputs,
      {
        out,
        force: options.force === true,
        keepResults: options.json === true,
        ...(options.rules !== undefined ? { rules: options.rules } : {}),
        ...(options.templates !== undefined ? { templates: options.templates } : {}),
        ...(only !== undefined ? { only } : {}),
        ...(jobs !== undefined ? { jobs } : {}),
        ...(options.prev !== undefined ? { prev: options.prev } : {}),
        pdf: options.pdf === true,
      },
      {
        onStart: (blocs) => progress?.start(blocs.length),
        onProgress: (done) => progress?.update(done),
        onBloc: print,
      },
    );
  } finally {
    progress?.stop();
  }
  const { summary } = outcome;
  if (options.json) {
    term.out(JSON.stringify({ blocs: outcome.blocs.map(toJsonBloc), summary }, null, 2));
  } else if (!options.quiet) printBatchSummary(term, summary, outcome.indexFiles);
  return summary.failed > 0 ? 3 : 0;
}
