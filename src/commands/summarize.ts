import { isAbsolute, join, relative, resolve } from "node:path";
import { parseOnly } from "../cli/parse-only.js";
import { printDiagnosticLines, visible } from "../cli/print-diagnostics.js";
import { formatSummary } from "../cli/print-summary.js";
import type { Terminal } from "../cli/terminal.js";
import { outputWidth } from "../cli/wrap-text.js";
import { bySeverity } from "../model/diagnostic.js";
import { summarizeFolder } from "../output/bloc-folder.js";
import { toJsonDiagnostic, toJsonResult } from "../output/json-result.js";
import type { OutputId } from "../output/output-ids.js";
import { isWanted } from "../output/output-ids.js";
import { pdfsOf } from "../pdf/add-pdfs.js";
import { isDocx, pdfPathOf } from "../pdf/pdf-path.js";
import { requireSoffice } from "../pdf/require-soffice.js";
import type { BlocOutcome } from "../pipeline/compute-bloc.js";
import { computeBloc } from "../pipeline/compute-bloc.js";
import { renderOutputs } from "../pipeline/render-outputs.js";
import type { OutputFile } from "../write/write-files-atomically.js";
import { existingFiles, refuseOverwrite, writeFilesAtomically } from "../write/write-files-atomically.js";

export interface SummarizeOptions {
  /** Output folder; default `./thidua-<bloc-slug>-<year>/` in the current folder. */
  out?: string;
  rules?: string;
  templates?: string;
  only?: readonly OutputId[];
  force: boolean;
  /** `--pdf`: a PDF beside each .docx, all of the bloc's documents in one LibreOffice run. */
  pdf?: boolean;
  /** `--prev`: last year's output folder or its `ket-qua.json`. */
  prev?: string;
}

/**
 * What a summarize run gives the CLI to print: a result, or the input's errors (exit 1). `files` are
 * the written files' absolute paths (the `--json` contract: a script need not know the working folder).
 */
export type SummarizeOutcome =
  (Extract<BlocOutcome, { ok: true }> & { files: string[] }) | Extract<BlocOutcome, { ok: false }>;

/**
 * `thidua summarize`: load → validate → compute → render → write. Nothing is written when the input
 * has errors or a template fails: every output is built in memory before the first file is written.
 */
export async function summarize(
  files: readonly string[],
  options: SummarizeOptions,
): Promise<SummarizeOutcome> {
  // Without LibreOffice no PDF can be made: said before anything is read or written.
  const soffice = options.pdf === true ? requireSoffice() : null;
  const computed = await computeBloc(files, {
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
    ...(options.prev !== undefined ? { prev: options.prev } : {}),
  });
  if (!computed.ok) return computed;
  const { bloc, result, diagnostics, prev } = computed;
  const outDir = options.out ?? summarizeFolder(bloc);
  const rendered = await renderOutputs(bloc, result, {
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.only !== undefined ? { only: options.only } : {}),
    prev,
  });
  const outputs: OutputFile[] = rendered.map((o) => ({ path: join(outDir, o.fileName), data: o.data }));
  const { RESULT_JSON, resultFileData } = await import("../output/result-file.js");
  const jsonPath = isWanted("ket-qua", options.only) ? join(outDir, RESULT_JSON) : null;
  const pdfPaths =
    soffice === null ? [] : outputs.filter((o) => isDocx(o.path)).map((o) => pdfPathOf(o.path));
  const planned = [...outputs.map((o) => o.path), ...pdfPaths, ...(jsonPath === null ? [] : [jsonPath])];
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
  if (jsonPath !== null) {
    // The `--json` document, kept for next year's `--prev` and `init --from`; it lists itself.
    const files = planned.map((p) => resolve(p));
    const warnings = bySeverity(diagnostics, "warning");
    outputs.push({ path: jsonPath, data: resultFileData(toJsonResult(bloc, result, warnings, files)) });
  }
  await writeFilesAtomically(outputs, options.force);
  return { ...computed, files: outputs.map((o) => resolve(o.path)) };
}

/** Options of `summarize` (and `validate`) as commander gives them. */
export interface SummarizeCliOptions {
  out?: string;
  rules?: string;
  templates?: string;
  only?: string;
  pdf?: boolean;
  prev?: string;
  json?: boolean;
  force?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/** A written file as the secretary reads it: below the working folder relative, elsewhere absolute. */
function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/** `thidua summarize` from the command line: runs it, prints the table or the JSON; the exit code. */
export async function runSummarize(
  term: Terminal,
  files: string[],
  options: SummarizeCliOptions,
): Promise<number> {
  const outcome = await summarize(files, {
    ...(options.out !== undefined ? { out: options.out } : {}),
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.only !== undefined ? { only: parseOnly(options.only) } : {}),
    ...(options.prev !== undefined ? { prev: options.prev } : {}),
    pdf: options.pdf === true,
    force: options.force === true,
  });
  const shown = visible(outcome.diagnostics, options.verbose === true);
  if (!outcome.ok) {
    if (options.json) {
      const errors = bySeverity(shown, "error").map(toJsonDiagnostic);
      term.out(
        JSON.stringify({ errors, warnings: bySeverity(shown, "warning").map(toJsonDiagnostic) }, null, 2),
      );
    } else {
      printDiagnosticLines(term, shown);
      term.err(
        term.color.red(
          `Có ${bySeverity(shown, "error").length} lỗi trong dữ liệu: chưa ghi tệp nào. Chạy "thidua validate" để xem cách sửa.`,
        ),
      );
    }
    return 1;
  }
  if (options.json) {
    const { bloc, result, diagnostics, files: written } = outcome;
    term.out(
      JSON.stringify(toJsonResult(bloc, result, bySeverity(diagnostics, "warning"), written), null, 2),
    );
    return 0;
  }
  if (options.quiet) return 0;
  printDiagnosticLines(
    term,
    shown.filter((d) => d.severity !== "error"),
  );
  for (const line of formatSummary(term, outcome.bloc, outcome.result, outputWidth())) term.out(line);
  term.out("");
  term.out(`Đã ghi ${outcome.files.length} tệp:`);
  for (const f of outcome.files) term.out(`  ${shownPath(f)}`);
  return 0;
}
