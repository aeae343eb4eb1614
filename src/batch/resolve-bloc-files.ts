import { basename, join, resolve } from "node:path";
import type { Diagnostic } from "../model/diagnostic.js";
import { diagnostic, hasErrors } from "../model/diagnostic.js";
import { statOrNull } from "../read/stat-or-null.js";
import { discoverBlocFolder } from "./discover-blocs.js";
import { isSkippedName, readFolder } from "./read-folder.js";

/**
 * The workbooks of `thidua summarize|validate <khối> [đơn-vị…]`, as the command line names them:
 *
 * - a folder first is the bloc's folder, found as `batch` finds one (the bloc workbook, then the
 *   per-unit workbooks beside it or in `don-vi/`): no shell glob is needed, so the same command works
 *   in cmd.exe and PowerShell, which pass `don-vi/*.xlsx` on literally;
 * - a folder after it holds per-unit workbooks (`khoi.xlsx don-vi`);
 * - a lock or temporary file (`~$bql.xlsx`, `.~lock.bql.xlsx#`, a hidden file) that a glob caught is
 *   skipped with a warning instead of failing the run.
 *
 * Paths that do not exist are kept: reading them reports the missing file with the others.
 */
export async function resolveBlocFiles(
  args: readonly string[],
  cwd: string = process.cwd(),
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [index, arg] of args.entries()) {
    const info = statOrNull(resolve(cwd, arg));
    if (info?.isDirectory()) {
      if (index === 0) {
        const bloc = await discoverBlocFolder(arg, cwd);
        if ("problem" in bloc) diagnostics.push(bloc.problem);
        else files.push(...bloc.files);
      } else {
        const { workbooks, others } = await readFolder(resolve(cwd, arg), new Set());
        if (workbooks.length === 0)
          diagnostics.push(
            diagnostic(
              "folderWithoutWorkbook",
              "error",
              { file: arg },
              { others: others.map((f) => basename(f)) },
            ),
          );
        // Shown as the user wrote the folder, so messages name `don-vi/bql.xlsx`, not an absolute path.
        files.push(...workbooks.map((w) => join(arg, basename(w))));
      }
    } else if (isSkippedName(basename(arg))) {
      diagnostics.push(diagnostic("tempFileSkipped", "warning", { file: arg }));
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0 && !hasErrors(diagnostics))
    diagnostics.push(diagnostic("blocWorkbookNotGiven", "error", { file: args[0] ?? "" }));
  return { files, diagnostics };
}
