import { readFile, stat } from "node:fs/promises";
import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic, hasErrors } from "../model/diagnostic.js";
import type { RawWorkbook } from "../read/raw-workbook.js";
import type { ReadResult } from "../read/read-workbook.js";
import { readWorkbook } from "../read/read-workbook.js";
import { checkTextVolume } from "../read/check-text-volume.js";
import { convertOldWorkbooks } from "../read/convert-old-workbooks.js";
import type { BlocReading } from "../validate/reading.js";
import { validateBloc } from "../validate/validate-bloc.js";

export interface LoadOptions {
  /** Path of a `--rules` JSON file. */
  rulesFile?: string;
  /**
   * .xls and .ods files already converted for the whole run (`batch`): each file as given → its
   * .xlsx copy. Without it, the old-format files among `files` are converted here.
   */
  converted?: ReadonlyMap<string, string>;
}

/**
 * Reads a bloc from disk (the bloc workbook, then any per-unit workbooks, and an optional rules file)
 * and validates it. Every problem of every file is returned; input files are only read.
 */
export async function loadBloc(
  files: string[],
  options: LoadOptions = {},
): Promise<{ bloc: Bloc | null; diagnostics: Diagnostic[]; reading: BlocReading | null }> {
  if (files.length === 0) return { bloc: null, diagnostics: [], reading: null };
  // One LibreOffice run for every .xls and .ods of the bloc: it takes a second or two to start.
  const conversion = options.converted === undefined ? await convertOldWorkbooks(files) : null;
  const converted = options.converted ?? conversion?.converted;
  const notConverted = new Map((conversion?.diagnostics ?? []).map((d) => [d.location.file, d]));
  // One at a time: reading is synchronous, and memory then holds one workbook's inflated parts, not
  // those of every unit workbook passed on the command line.
  const reads: ReadResult[] = [];
  try {
    for (const f of files) {
      const problem = notConverted.get(f);
      const read = problem
        ? { workbook: null, diagnostics: [problem] }
        : await readWorkbook(f, { converted });
      const tooMuchText = read.workbook === null ? null : checkTextVolume(read.workbook);
      reads.push(
        tooMuchText === null ? read : { workbook: null, diagnostics: [...read.diagnostics, tooMuchText] },
      );
    }
  } finally {
    await conversion?.cleanup();
  }
  const diagnostics: Diagnostic[] = reads.flatMap((r) => r.diagnostics);
  let rulesFile: { file: string; text: string } | undefined;
  if (options.rulesFile !== undefined) {
    const read = await readRulesText(options.rulesFile);
    if ("text" in read) rulesFile = { file: options.rulesFile, text: read.text };
    else diagnostics.push(read.problem);
  }
  const [blocRead, ...unitReads] = reads;
  if (!blocRead?.workbook) return { bloc: null, diagnostics, reading: null };
  const unitWorkbooks = unitReads.map((r) => r.workbook).filter((w): w is RawWorkbook => w !== null);
  const blocWorkbook = blocRead.workbook;
  const validated = validateBloc({ bloc: blocWorkbook, unitWorkbooks, ...(rulesFile ? { rulesFile } : {}) });
  const all = [...diagnostics, ...validated.diagnostics];
  return { bloc: hasErrors(all) ? null : validated.bloc, diagnostics: all, reading: validated.reading };
}

/** A rules file is a few hundred bytes; anything past this is not one (and /dev/zero never ends). */
const MAX_RULES_BYTES = 1024 * 1024;

async function readRulesText(file: string): Promise<{ text: string } | { problem: Diagnostic }> {
  const problem = (code: "fileNotFound" | "fileUnreadable" | "tooLarge", args = {}) => ({
    problem: diagnostic(code, "error", { file }, args),
  });
  try {
    const info = await stat(file);
    if (!info.isFile()) return problem("fileUnreadable", { reason: "đây không phải là một tệp" });
    if (info.size > MAX_RULES_BYTES)
      return problem("tooLarge", { found: `${info.size} byte`, limit: "1 MB" });
    return { text: await readFile(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR"
      ? problem("fileNotFound")
      : problem("fileUnreadable", { reason: (error as Error).message });
  }
}
