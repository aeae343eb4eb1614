import type { OutputId } from "../output/output-ids.js";
import type { BlocReport, BlocStatus } from "./bloc-report.js";
import type { BlocInput } from "./discover-blocs.js";

/** `./thidua-out/` (cli.md). */
export const DEFAULT_BATCH_OUT = "thidua-out";

/** Options of `batch`, as `summarize`'s plus `jobs`. */
export interface BatchOptions {
  /** Output folder; each bloc goes to `<out>/<slug>-<year>/`, the index to `<out>/tong-hop.*`. */
  out?: string;
  rules?: string;
  templates?: string;
  only?: readonly OutputId[];
  /**
   * Replace the documents of blocs already written, and start the index afresh. Without it a bloc
   * whose documents are there is `existing` ("đã có") and kept, and the index keeps earlier blocs.
   */
  force: boolean;
  /** Blocs run at once; default the number of CPUs. */
  jobs?: number;
  /** `--pdf`: a PDF beside each .docx; LibreOffice converts the documents of many blocs per run. */
  pdf?: boolean;
  /** `--prev`: last year's batch output folder; each bloc finds its `<slug>-<year>/ket-qua.json` there. */
  prev?: string;
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
  /** This run's counts by status. */
  summary: Record<BlocStatus, number>;
  /** The index files written. */
  indexFiles: string[];
}
