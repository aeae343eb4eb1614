import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { hasErrors } from "../model/diagnostic.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import type { BlocReading } from "../validate/reading.js";
import { ThiduaError } from "../errors.js";
import { resolveBlocFiles } from "../batch/resolve-bloc-files.js";
import { computeResult } from "./compute-result.js";
import { loadBloc } from "./load-bloc.js";

export interface ComputeBlocOptions {
  /** `--rules`: a rules file in place of the `Quy tắc` sheet. */
  rules?: string;
  /** .xls and .ods files already converted (`batch`): each file → its .xlsx copy. */
  converted?: ReadonlyMap<string, string>;
  /** `--prev`: last year's output folder or its `ket-qua.json`. */
  prev?: string;
  /** `batch`: a bloc whose last year is not found gets a warning, not an error. */
  prevOptional?: boolean;
}

/** A bloc computed, with every diagnostic on the way; or the input's errors (exit 1). */
export type BlocOutcome =
  | {
      ok: true;
      bloc: Bloc;
      result: BlocResult;
      diagnostics: Diagnostic[];
      reading: BlocReading | null;
      /** Last year's standing with `--prev` (null without it, or when a batch found none). */
      prev: PrevYear | null;
    }
  | { ok: false; diagnostics: Diagnostic[]; reading: BlocReading | null };

/**
 * The files given → the bloc's result: its folder's workbooks found, read and validated, scored,
 * ranked, awards proposed, the chair rotated, last year's standing read. Writes nothing; what
 * `summarize`, `validate` and a batch's bloc all do first. An error in the `--rules` file throws.
 */
export async function computeBloc(
  files: readonly string[],
  options: ComputeBlocOptions,
): Promise<BlocOutcome> {
  // A bloc folder stands for its workbooks; a lock file a glob caught is skipped with a warning.
  const given = await resolveBlocFiles(files);
  const loaded = await loadBloc(given.files, {
    ...(options.rules !== undefined ? { rulesFile: options.rules } : {}),
    ...(options.converted !== undefined ? { converted: options.converted } : {}),
  });
  loaded.diagnostics.unshift(...given.diagnostics);
  const rulesFileErrors = loaded.diagnostics.filter(
    (d) => d.severity === "error" && options.rules !== undefined && d.location.file === options.rules,
  );
  if (rulesFileErrors.length > 0) {
    throw new ThiduaError("rules", `Tệp quy tắc ${options.rules ?? ""} có lỗi.`, rulesFileErrors);
  }
  const reading = loaded.reading;
  if (!loaded.bloc || hasErrors(loaded.diagnostics))
    return { ok: false, diagnostics: loaded.diagnostics, reading };
  const bloc = loaded.bloc;
  const computed = computeResult(bloc);
  const diagnostics = [...loaded.diagnostics, ...computed.diagnostics];
  if (!computed.result || hasErrors(computed.diagnostics)) return { ok: false, diagnostics, reading };
  const result = computed.result;
  let prev: PrevYear | null = null;
  if (options.prev !== undefined) {
    const { loadPrevYear } = await import("../prev/load-prev-year.js");
    const loadedPrev = await loadPrevYear(options.prev, bloc, { optional: options.prevOptional === true });
    prev = loadedPrev.prev;
    diagnostics.push(...loadedPrev.diagnostics);
  }
  return { ok: true, bloc, result, diagnostics, reading, prev };
}
