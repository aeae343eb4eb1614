import { describe, expect, it } from "vitest";
import type { BlocJob, WorkerMessage } from "../../src/batch/batch-protocol.js";
import { runPool } from "../../src/batch/run-pool.js";

const FAKE_WORKER = new URL("./fake-worker.mjs", import.meta.url);

async function run(files: readonly string[], size: number, retryLimits?: { maxOldGenerationSizeMb: number }) {
  const jobs: BlocJob[] = files.map((f, id) => ({ id, files: [f] }));
  const messages: WorkerMessage[] = [];
  const crashed: number[] = [];
  await runPool(jobs, {
    workerUrl: FAKE_WORKER,
    size,
    onMessage: (m) => messages.push(m),
    onCrash: (job) => crashed.push(job.id),
    resourceLimits: { maxOldGenerationSizeMb: 64 },
    ...(retryLimits ? { retryLimits } : {}),
  });
  const done = messages.filter((m) => m.type === "done").map((m) => m.id);
  return { done: done.sort((a, b) => a - b), crashed: crashed.sort((a, b) => a - b), messages };
}

describe("runPool", () => {
  it("runs every job once, each worker taking the next job", async () => {
    const { done, crashed, messages } = await run(["a", "b", "c", "d", "e"], 2);
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(crashed).toEqual([]);
    // `named` comes before `done` for each job.
    for (const id of done) {
      const kinds = messages.filter((m) => m.id === id).map((m) => m.type);
      expect(kinds).toEqual(["named", "done"]);
    }
  });

  it("fails only the job whose worker died, and carries on with new workers", async () => {
    const { done, crashed } = await run(["a", "crash-1", "b", "exit-1", "c", "crash-2", "d", "e"], 2);
    expect(crashed).toEqual([1, 3, 5]);
    expect(done).toEqual([0, 2, 4, 6, 7]);
  });

  it("survives a worker running out of memory", async () => {
    const { done, crashed } = await run(["a", "oom", "b"], 1);
    expect(crashed).toEqual([1]);
    expect(done).toEqual([0, 2]);
  });

  it("runs a job that outgrew a pooled worker's heap again alone, with the larger limit", async () => {
    const { done, crashed } = await run(["a", "big", "b", "c"], 2, { maxOldGenerationSizeMb: 512 });
    expect(crashed).toEqual([]);
    expect(done).toEqual([0, 1, 2, 3]);
    // Without room to retry, the large job fails alone.
    expect((await run(["a", "big", "b"], 2)).crashed).toEqual([1]);
    // A job that outgrows the larger limit too fails, once.
    expect((await run(["a", "oom", "b"], 1, { maxOldGenerationSizeMb: 128 })).crashed).toEqual([1]);
  });

  it("ends when every job crashed, and with no jobs at all", async () => {
    expect((await run(["crash-a", "crash-b", "exit-c"], 3)).crashed).toEqual([0, 1, 2]);
    expect((await run([], 4)).done).toEqual([]);
  });

  it("rejects when the main thread's handler throws, stopping the workers", async () => {
    const jobs: BlocJob[] = ["a", "b", "c"].map((f, id) => ({ id, files: [f] }));
    await expect(
      runPool(jobs, {
        workerUrl: FAKE_WORKER,
        size: 2,
        onMessage: () => {
          throw new Error("handler bug");
        },
        onCrash: () => undefined,
      }),
    ).rejects.toThrow("handler bug");
  });
});
