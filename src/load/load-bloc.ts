import { readFile } from "node:fs/promises";
import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic, hasErrors } from "../model/diagnostic.js";
import type { RawWorkbook } from "../read/raw-workbook.js";
import { readWorkbook } from "../read/read-workbook.js";
import { validateBloc } from "../validate/validate-bloc.js";

export interface LoadOptions {
  /** Path of a `--rules` JSON file. */
  rulesFile?: string;
}

/**
 * Reads a bloc from disk (the bloc workbook, then any per-unit workbooks, and an optional rules file)
 * and validates it. Every problem of every file is returned; input files are only read.
 */
export async function loadBloc(
  files: string[],
  options: LoadOptions = {},
): Promise<{ bloc: Bloc | null; diagnostics: Diagnostic[] }> {
  if (files.length === 0) return { bloc: null, diagnostics: [] };
  const reads = await Promise.all(files.map((f) => readWorkbook(f)));
  const diagnostics: Diagnostic[] = reads.flatMap((r) => r.diagnostics);
  let rulesFile: { file: string; text: string } | undefined;
  if (options.rulesFile !== undefined) {
    try {
      rulesFile = { file: options.rulesFile, text: await readFile(options.rulesFile, "utf8") };
    } catch {
      diagnostics.push(diagnostic("fileNotFound", "error", { file: options.rulesFile }));
    }
  }
  const [blocRead, ...unitReads] = reads;
  if (!blocRead?.workbook) return { bloc: null, diagnostics };
  const unitWorkbooks = unitReads.map((r) => r.workbook).filter((w): w is RawWorkbook => w !== null);
  const validated = validateBloc({
    bloc: blocRead.workbook,
    unitWorkbooks,
    ...(rulesFile ? { rulesFile } : {}),
  });
  const all = [...diagnostics, ...validated.diagnostics];
  return { bloc: hasErrors(all) ? null : validated.bloc, diagnostics: all };
}
