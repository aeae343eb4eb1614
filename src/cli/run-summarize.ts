import { isAbsolute, relative } from "node:path";
import type { Diagnostic } from "../model/diagnostic.js";
import { summarize } from "../commands/summarize.js";
import { validate } from "../commands/validate.js";
import { toJsonDiagnostic, toJsonResult } from "../output/json-result.js";
import { formatChecklist, printDiagnosticLines, verdict, visible } from "./print-diagnostics.js";
import { formatReading } from "./format-reading.js";
import { formatSummary } from "./print-summary.js";
import { outputWidth } from "./wrap-text.js";
import { parseOnly } from "./parse-only.js";
import type { Terminal } from "./terminal.js";

/** Options of `summarize` as commander gives them. */
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

const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");
const warningsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "warning");

/** `thidua summarize`: runs the command and prints the table or the JSON; returns the exit code. */
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
      term.out(
        JSON.stringify(
          {
            errors: errorsOf(shown).map(toJsonDiagnostic),
            warnings: warningsOf(shown).map(toJsonDiagnostic),
          },
          null,
          2,
        ),
      );
    } else {
      printDiagnosticLines(term, shown);
      term.err(
        term.color.red(
          `Có ${errorsOf(shown).length} lỗi trong dữ liệu: chưa ghi tệp nào. Chạy "thidua validate" để xem cách sửa.`,
        ),
      );
    }
    return 1;
  }
  if (options.json) {
    term.out(
      JSON.stringify(
        toJsonResult(outcome.bloc, outcome.result, warningsOf(outcome.diagnostics), outcome.files),
        null,
        2,
      ),
    );
    return 0;
  }
  if (!options.quiet)
    printDiagnosticLines(
      term,
      shown.filter((d) => d.severity !== "error"),
    );
  if (!options.quiet) {
    for (const line of formatSummary(term, outcome.bloc, outcome.result, outputWidth())) term.out(line);
    term.out("");
    term.out(`Đã ghi ${outcome.files.length} tệp:`);
    for (const f of outcome.files) term.out(`  ${shownPath(f)}`);
  }
  return 0;
}

/** `thidua validate`: the checklist grouped by sheet with how to fix each problem, and a verdict. */
export async function runValidate(
  term: Terminal,
  files: string[],
  options: SummarizeCliOptions,
): Promise<number> {
  const outcome = await validate(files, options.rules !== undefined ? { rules: options.rules } : {});
  const shown = visible(outcome.diagnostics, options.verbose === true);
  const failed = !outcome.ok;
  if (options.json) {
    term.out(
      JSON.stringify(
        {
          ok: !failed,
          errors: errorsOf(shown).map(toJsonDiagnostic),
          warnings: warningsOf(shown).map(toJsonDiagnostic),
          reading: outcome.reading,
        },
        null,
        2,
      ),
    );
    return failed ? 1 : 0;
  }
  if (!options.quiet && outcome.reading) {
    for (const line of formatReading(term, outcome.reading)) term.out(line);
    term.out("");
  }
  if (!options.quiet || failed) for (const line of formatChecklist(term, shown)) term.out(line);
  if (!options.quiet || failed) term.out(verdict(shown));
  return failed ? 1 : 0;
}
