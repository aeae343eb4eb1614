/**
 * The worker thread of `thidua batch` (built to dist/worker.js): runs the blocs the main thread sends,
 * one at a time, and posts back their outcome. Rendered bytes are transferred, not copied.
 */
import { parentPort } from "node:worker_threads";
import type { BlocJob, JobOutcome, WorkerMessage } from "./batch-protocol.js";
import { runBlocJob } from "./run-bloc-job.js";

/** Buffers that own their whole ArrayBuffer can be moved; small pooled ones are copied. */
function transferable(outcome: JobOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const buffers = outcome.outputs
    .map((o) => o.data)
    .filter(
      (d) => d.byteOffset === 0 && d.byteLength === d.buffer.byteLength && d.buffer instanceof ArrayBuffer,
    )
    .map((d) => d.buffer as ArrayBuffer);
  return [...new Set(buffers)];
}

const port = parentPort;
if (port === null) throw new Error("bloc-worker.js runs only as a worker thread of thidua batch");

port.on("message", (job: BlocJob) => {
  void runBlocJob(job, (key) =>
    port.postMessage({ type: "named", id: job.id, key } satisfies WorkerMessage),
  ).then((outcome) => {
    port.postMessage({ type: "done", id: job.id, outcome } satisfies WorkerMessage, transferable(outcome));
  });
});
