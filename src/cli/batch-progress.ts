/** A progress bar on stderr that lets lines be printed above it. */
export interface BatchProgress {
  start: (total: number) => void;
  update: (done: number) => void;
  /** Prints through `print` without tearing the bar: the bar is erased, then drawn again below. */
  above: (print: () => void) => void;
  stop: () => void;
}

/**
 * The batch's progress bar (cli-progress, loaded only when a bar is shown). Call it only when stderr
 * is a terminal and neither `--json` nor `--quiet` is given (cli.md "Progress").
 */
export async function makeBatchProgress(): Promise<BatchProgress> {
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: "Đang tổng hợp [{bar}] {value}/{total} khối, còn khoảng {eta_formatted}",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    clearOnComplete: true,
    // Redraw even when unchanged: a line printed above erases the bar, which must come back at once.
    forceRedraw: true,
    fps: 5,
    // Keep the terminal's line wrapping on: the bloc lines printed above the bar can be long.
    linewrap: true,
    // main.ts owns Ctrl-C; the bar must not hide the cursor or add signal handlers of its own.
    hideCursor: false,
    gracefulExit: false,
    etaBuffer: 50,
  });
  let running = false;
  return {
    start: (total) => {
      bar.start(total, 0);
      running = true;
    },
    update: (done) => bar.update(done),
    above: (print) => {
      if (!running) {
        print();
        return;
      }
      process.stderr.write("\r\x1b[2K");
      print();
      // The bar restores the cursor position it saved at start when it stops; move that mark down
      // to the bar's new line, or the summary would overwrite the lines printed above.
      process.stderr.write("\x1b7");
      bar.render();
    },
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}
