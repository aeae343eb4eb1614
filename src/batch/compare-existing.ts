import { readFile } from "node:fs/promises";
import type { OutputFile } from "../write/write-files-atomically.js";

/** A bloc's outputs against what its folder already holds. */
export interface ExistingOutputs {
  /** Outputs not there yet. */
  missing: OutputFile[];
  /** Paths already there with exactly these bytes. */
  same: string[];
  /** Paths already there with other bytes (data changed since, or edited by hand). */
  differ: string[];
}

/**
 * Compares a bloc's rendered outputs with the files at their paths. The outputs are deterministic
 * (cli.md: the same input gives the same documents), so equal bytes mean a finished earlier run of the
 * same data: what lets a batch run again without `--force` after Ctrl-C, keeping what is done.
 */
export async function compareExisting(outputs: readonly OutputFile[]): Promise<ExistingOutputs> {
  const found: ExistingOutputs = { missing: [], same: [], differ: [] };
  for (const output of outputs) {
    const bytes = await readFile(output.path).catch(() => null);
    if (bytes === null) found.missing.push(output);
    else if (Buffer.compare(bytes, output.data) === 0) found.same.push(output.path);
    else found.differ.push(output.path);
  }
  return found;
}
