import { unlinkSync } from "node:fs";

/**
 * Temporary files being written right now, removed by the CLI if the user presses Ctrl-C. One set
 * per process, shared by the CLI and the summarize bundle (dist/core.cjs), each of which has its
 * own copy of this module.
 */
const REGISTRY = Symbol.for("thidua.inFlightTempFiles");
const inFlight: Set<string> = ((globalThis as { [REGISTRY]?: Set<string> })[REGISTRY] ??= new Set<string>());

/** A temporary file is being written. */
export function trackTempFile(temp: string): void {
  inFlight.add(temp);
}

/** A temporary file was renamed into place or removed. */
export function untrackTempFile(temp: string): void {
  inFlight.delete(temp);
}

/** Removes the temporary files of writes in progress (for a signal handler: synchronous). */
export function removeInFlightTempFiles(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or removed.
    }
  }
  inFlight.clear();
}
