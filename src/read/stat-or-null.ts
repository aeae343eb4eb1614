import { statSync, type Stats } from "node:fs";

/**
 * What is at `path`, or null when nothing can be read there: missing, unreadable, or a file where a
 * folder of the path should be. Synchronous: the paths of one run are few, and a trip through the
 * thread pool for each cost more than the calls themselves.
 */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
