import { join, resolve } from "node:path";
import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { hasErrors } from "../model/diagnostic.js";
import type { BlocResult } from "../model/result.js";
import type { BlocReading } from "../validate/reading.js";
import { ThiduaError } from "../errors.js";
import { loadBloc } from "../load/load-bloc.js";
import { resolveBlocFiles } from "../batch/resolve-bloc-files.js";
import { computeResult } from "../compute/compute-result.js";
import { slugify } from "../output/slug.js";
import type { OutputFile } from "../write/write-files-atomically.js";
import { writeFilesAtomically } from "../write/write-files-atomically.js";

/**
 * Outputs `--only` can name: the four documents, the achievement reports of the units proposed for a
 * flag (`thanh-tich`) and for a certificate (`thanh-tich-bang-khen`), and the results workbook.
 */
export const OUTPUT_IDS = [
  "bao-cao",
  "to-trinh",
  "bien-ban",
  "bang-diem",
  "thanh-tich",
  "thanh-tich-bang-khen",
  "ket-qua",
] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];

/** Written without `--only`: every output but the certificate units' reports (document-ids.ts says why). */
export function isWanted(id: OutputId, only: readonly OutputId[] | undefined): boolean {
  return only === undefined ? id !== "thanh-tich-bang-khen" : only.includes(id);
}

export interface SummarizeOptions {
  /** Output folder; default `./thidua-<bloc-slug>-<year>/` in the current folder. */
  out?: string;
  rules?: string;
  templates?: string;
  only?: readonly OutputId[];
  force: boolean;
  /** Compute only, write nothing (used by `validate`). */
  dryRun?: boolean;
  /** .xls and .ods files already converted (`batch`): each file → its .xlsx copy. */
  converted?: ReadonlyMap<string, string>;
}

/**
 * What a summarize run gives the CLI to print: a result, or the input's errors (exit 1). `files` are
 * the written files' absolute paths (the `--json` contract: a script need not know the working folder).
 */
export type SummarizeOutcome =
  | {
      ok: true;
      bloc: Bloc;
      result: BlocResult;
      diagnostics: Diagnostic[];
      files: string[];
      reading: BlocReading | null;
    }
  | { ok: false; diagnostics: Diagnostic[]; reading: BlocReading | null };

/** `./thidua-<bloc-slug>-<year>` (cli.md); the bloc's name is already in the slug when it holds the year. */
export function defaultOutDir(bloc: Bloc): string {
  return `thidua-${slugify(bloc.info.name)}-${bloc.info.year}`;
}

/**
 * `thidua summarize`: load → validate → compute → render → write. Nothing is written when the input
 * has errors or a template fails: every output is built in memory before the first file is written.
 */
export async function summarize(
  files: readonly string[],
  options: SummarizeOptions,
): Promise<SummarizeOutcome> {
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
  if (options.dryRun) return { ok: true, bloc, result, diagnostics, files: [], reading };

  const outDir = options.out ?? defaultOutDir(bloc);
  const wanted = (id: OutputId) => isWanted(id, options.only);
  const outputs: OutputFile[] = [];
  const documentIds = OUTPUT_IDS.filter(
    (id): id is Exclude<OutputId, "ket-qua"> => id !== "ket-qua" && wanted(id),
  );
  if (documentIds.length > 0) {
    const { renderDocuments } = await import("../render/render-documents.js");
    const documents = await renderDocuments(bloc, result, {
      ...(options.templates !== undefined ? { templatesDir: options.templates } : {}),
      only: documentIds,
    });
    for (const d of documents) outputs.push({ path: join(outDir, d.fileName), data: d.data });
  }
  if (wanted("ket-qua")) {
    const { buildResultsWorkbook } = await import("../write/build-results-workbook.js");
    outputs.push({ path: join(outDir, "ket-qua.xlsx"), data: buildResultsWorkbook(bloc, result) });
  }
  await writeFilesAtomically(outputs, options.force);
  return { ok: true, bloc, result, diagnostics, files: outputs.map((o) => resolve(o.path)), reading };
}
