import { unlinkSync } from "node:fs";

/** Temporary files being written right now, removed by the CLI if the user presses Ctrl-C. */
const inFlight = new Set<string>();

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
