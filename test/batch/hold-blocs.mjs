// Preloaded into `thidua batch` by batch-interrupt.test.ts (`node --import`; worker threads inherit it):
// in every worker thread, the first bloc's outcome (job 0) is posted and every other bloc's is held
// back for ever. The batch therefore writes one bloc and then waits: it cannot finish before the
// test's Ctrl-C, however fast or loaded the machine, so the test exercises the interrupt every time.
import { isMainThread, parentPort } from "node:worker_threads";

if (!isMainThread && parentPort !== null) {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message, transfer) => {
    if (message?.type === "done" && message.id !== 0) return;
    post(message, transfer);
  };
}
