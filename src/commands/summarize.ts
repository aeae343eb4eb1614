import { join, resolve } from "node:path";
import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { hasErrors } from "../model/diagnostic.js";
import type { BlocResult } from "../model/result.js";
import type { BlocReading } from "../validate/reading.js";
import { ThiduaError } from "../errors.js";
import { loadBloc } from "../pipeline/load-bloc.js";
import { resolveBlocFiles } from "../batch/resolve-bloc-files.js";
import { computeResult } from "../pipeline/compute-result.js";
import { slugify } from "../output/slug.js";
import type { OutputFile } from "../write/write-files-atomically.js";
import { existingFiles, refuseOverwrite, writeFilesAtomically } from "../write/write-files-atomically.js";
import { pdfsOf } from "../pdf/add-pdfs.js";
import { isDocx, pdfPathOf } from "../pdf/pdf-path.js";
import { requireSoffice } from "../pdf/require-soffice.js";
import type { PrevYear } from "../prev/prev-year.js";

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
  /** `--pdf`: a PDF beside each .docx, all of the bloc's documents in one LibreOffice run. */
  pdf?: boolean;
  /** `--prev`: last year's output folder or its `ket-qua.json`. */
  prev?: string;
  /** `batch`: a bloc whose last year is not found gets a warning, not an error. */
  prevOptional?: boolean;
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
      /** Last year's standing with `--prev` (null without it, or when a batch found none). */
      prev: PrevYear | null;
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
  // Without LibreOffice no PDF can be made: said before anything is read or written.
  const soffice = options.pdf === true && options.dryRun !== true ? requireSoffice() : null;
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
  if (options.dryRun) return { ok: true, bloc, result, diagnostics, files: [], reading, prev };

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
      prev,
    });
    for (const d of documents) outputs.push({ path: join(outDir, d.fileName), data: d.data });
  }
  if (wanted("ket-qua")) {
    const { buildResultsWorkbook } = await import("../write/build-results-workbook.js");
    outputs.push({ path: join(outDir, "ket-qua.xlsx"), data: buildResultsWorkbook(bloc, result, prev) });
  }
  const { RESULT_JSON, resultFileData } = await import("../output/result-file.js");
  const jsonPath = join(outDir, RESULT_JSON);
  const pdfPaths =
    soffice === null ? [] : outputs.filter((o) => isDocx(o.path)).map((o) => pdfPathOf(o.path));
  const planned = [...outputs.map((o) => o.path), ...pdfPaths, ...(wanted("ket-qua") ? [jsonPath] : [])];
  // Refused before LibreOffice spends seconds on PDFs that could not be written anyway.
  if (!options.force) {
    const existing = await existingFiles(planned);
    if (existing.length > 0) throw refuseOverwrite(existing);
  }
  if (soffice !== null) {
    const { openPdfConverter } = await import("../pdf/pdf-converter.js");
    const converter = await openPdfConverter(soffice);
    try {
      outputs.push(...(await pdfsOf(outputs, converter)));
    } finally {
      await converter.close();
    }
  }
  if (wanted("ket-qua")) {
    // The `--json` document, kept for next year's `--prev` and `init --from`; it lists itself.
    const { toJsonResult } = await import("../output/json-result.js");
    const files = planned.map((p) => resolve(p));
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    outputs.push({ path: jsonPath, data: resultFileData(toJsonResult(bloc, result, warnings, files)) });
  }
  await writeFilesAtomically(outputs, options.force);
  return { ok: true, bloc, result, diagnostics, files: outputs.map((o) => resolve(o.path)), reading, prev };
}
