import { Worker } from "node:worker_threads";
import type { ResourceLimits } from "node:worker_threads";
import type { BlocJob, WorkerMessage } from "./batch-protocol.js";

export interface PoolOptions {
  /** The worker script (dist/worker.js). */
  workerUrl: URL;
  /** How many workers run at once. */
  size: number;
  /** Every message of a job's worker, `named` and the final `done`. */
  onMessage: (message: WorkerMessage) => void;
  /** A job whose worker died (an uncaught error, out of memory, an exit) before it said `done`. */
  onCrash: (job: BlocJob, error: Error) => void;
  /** Caps a worker's heap so that one runaway bloc fails alone instead of taking the process down. */
  resourceLimits?: ResourceLimits;
}

/**
 * Runs the jobs in order on a pool of long-lived worker threads (each loads exceljs and docx once, not
 * once per bloc). Each job ends exactly once, by `done` or by a crash; a crashed worker is replaced
 * while jobs remain, so one bloc's crash never stops the others. Resolves when every job has ended.
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

    const start = () => {
      const worker = new Worker(options.workerUrl, {
        // A library printing to stdout must not break `--json`: a worker's output goes to stderr.
        stdout: true,
        ...(options.resourceLimits !== undefined ? { resourceLimits: options.resourceLimits } : {}),
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
          give();
        }
      });
      const crash = (error: Error) => {
        if (retired) return;
        const job = current;
        retire();
        if (job === null || failed) return;
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
      give();
    };

    const size = Math.max(1, Math.min(options.size, jobs.length));
    for (let i = 0; i < size; i++) start();
  });
}
