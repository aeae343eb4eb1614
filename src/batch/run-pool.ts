import { Worker } from "node:worker_threads";
import type { ResourceLimits } from "node:worker_threads";
import type { BlocJob, WorkerMessage } from "./batch-protocol.js";

/** The pool's worker script, size, heap limits and callbacks. */
export interface PoolOptions {
  /** The worker script (dist/worker.js). */
  workerUrl: URL;
  /** How many workers run at once. */
  size: number;
  /** Every message of a job's worker, `named` and the final `done`. */
  onMessage: (message: WorkerMessage) => void;
  /** A job whose worker died (an uncaught error, out of memory, an exit) before it said `done`. */
  onCrash: (job: BlocJob, error: Error) => void;
  /** Heap limits of the pooled workers: they keep a batch's memory flat (cli.md: < 300 MB). */
  resourceLimits?: ResourceLimits;
  /**
   * Limits of a worker that runs, alone, a job whose pooled worker ran out of memory (a very large
   * bloc); `undefined` fails such a job at once.
   */
  retryLimits?: ResourceLimits;
}

function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * Runs the jobs in order on a pool of long-lived worker threads (each loads the reader, the templates
 * and the renderer once, not once per bloc). Each job ends exactly once, by `done` or by a crash; a crashed worker is replaced
 * while jobs remain, so one bloc's crash never stops the others. A job that ran out of memory under
 * the pool's heap limit runs again at once in a worker of its own with `retryLimits`, so a large bloc
 * still succeeds while the usual ones keep memory low. Resolves when every job has ended.
 */
export function runPool(jobs: readonly BlocJob[], options: PoolOptions): Promise<void> {
  return new Promise<void>((resolvePool, rejectPool) => {
    const live = new Set<Worker>();
    let next = 0;
    let ended = 0;
    let failed = false;
    if (jobs.length === 0) {
      resolvePool();
      return;
    }

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of live) void worker.terminate();
      rejectPool(error);
    };

    /** Starts a pooled worker, or with `retry` a worker for that one job, under `retryLimits`. */
    const start = (retry?: BlocJob) => {
      const limits = retry ? options.retryLimits : options.resourceLimits;
      const worker = new Worker(options.workerUrl, {
        // A library printing to stdout must not break `--json`: a worker's output goes to stderr.
        stdout: true,
        ...(limits !== undefined ? { resourceLimits: limits } : {}),
      });
      worker.stdout.on("data", (chunk: Buffer) => process.stderr.write(chunk));
      live.add(worker);
      let current: BlocJob | null = null;
      let retired = false;

      const retire = () => {
        retired = true;
        live.delete(worker);
        void worker.terminate();
      };
      const give = () => {
        const job = jobs[next];
        if (job === undefined || failed) {
          current = null;
          retire();
          return;
        }
        next++;
        current = job;
        worker.postMessage(job);
      };
      const first = () => {
        if (retry === undefined) {
          give();
          return;
        }
        current = retry;
        worker.postMessage(retry);
      };
      const endJob = () => {
        current = null;
        ended++;
        if (ended === jobs.length) resolvePool();
      };

      worker.on("message", (message: WorkerMessage) => {
        if (current === null || message.id !== current.id || failed) return;
        try {
          options.onMessage(message);
        } catch (error) {
          fail(error);
          return;
        }
        if (message.type === "done") {
          endJob();
          if (retry === undefined) {
            give();
          } else {
            // A worker sized for one large bloc hands its place back to a pooled one.
            retire();
            if (next < jobs.length && !failed) start();
          }
        }
      });
      const crash = (error: Error) => {
        if (retired) return;
        const job = current;
        retire();
        if (job === null || failed) return;
        if (retry === undefined && options.retryLimits !== undefined && isOutOfMemory(error)) {
          start(job);
          return;
        }
        try {
          options.onCrash(job, error);
        } catch (callbackError) {
          fail(callbackError);
          return;
        }
        endJob();
        if (next < jobs.length) start();
      };
      worker.on("error", crash);
      worker.on("exit", (code) => crash(new Error(`tiến trình con dừng đột ngột (mã ${code})`)));
      first();
    };

    const size = Math.max(1, Math.min(options.size, jobs.length));
    for (let i = 0; i < size; i++) start();
  });
}
