// A stand-in for dist/worker.js that speaks the batch protocol and misbehaves on demand, by the
// first file's name: "crash" throws outside any promise (the thread dies), "exit" ends the thread,
// "oom" grows its heap without end, "big" needs about 150 MB of heap; anything else is a bloc that worked.
import { setImmediate } from "node:timers";
import { parentPort } from "node:worker_threads";

parentPort.on("message", (job) => {
  const file = job.files[0];
  if (file.includes("crash")) {
    setImmediate(() => {
      throw new Error(`boom in ${file}`);
    });
    return;
  }
  if (file.includes("exit")) {
    process.exit(7);
  }
  if (file.includes("oom")) {
    const hog = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
  if (file.includes("big")) {
    const big = Array.from({ length: 20 }, (_, i) => new Array(1e6).fill(i));
    if (big.length !== 20) throw new Error("unreachable");
  }
  parentPort.postMessage({ type: "named", id: job.id, key: file });
  const result = { bloc: { name: file, kind: "khoi", year: 2023 } };
  parentPort.postMessage({ type: "done", id: job.id, outcome: { ok: true, result, facts: {}, outputs: [] } });
});
