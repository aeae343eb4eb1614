import { ThiduaError } from "../errors.js";
import { formatDiagnostic } from "../diagnostics/format-diagnostic.js";
import { bySeverity, diagnostic, hasErrors } from "../model/diagnostic.js";
import { toPoints } from "../model/points.js";
import { readWorkbook } from "../read/read-workbook.js";
import { BLOC_SHEETS } from "../validate/bloc-sheets.js";
import { findSheet } from "../validate/find-table.js";
import { parseCriteria } from "../validate/parse-criteria.js";
import type { InitCriterion } from "./init-content.js";

/**
 * The criteria of `--criteria <xlsx>`: the `Tiêu chí` sheet of an existing workbook, read by the same
 * reader as `summarize` (tolerant sheet and header matching, group heading rows, all problems at once).
 * Any error stops `init` before it writes anything.
 */
export async function readCriteriaFile(file: string): Promise<InitCriterion[]> {
  const read = await readWorkbook(file);
  const diagnostics = [...read.diagnostics];
  let criteria: InitCriterion[] = [];
  if (read.workbook) {
    const sheet = findSheet(read.workbook.sheets, BLOC_SHEETS.criteria);
    if (!sheet) {
      diagnostics.push(diagnostic("sheetMissing", "error", { file }, { sheet: BLOC_SHEETS.criteria[0] }));
    } else {
      const parsed = parseCriteria(sheet, file);
      diagnostics.push(...parsed.diagnostics);
      criteria = parsed.criteria.map((c) => ({
        code: c.code,
        content: c.content,
        max: toPoints(c.max),
        type: c.type,
        group: c.group,
      }));
    }
  }
  const errors = bySeverity(diagnostics, "error");
  if (hasErrors(diagnostics) || criteria.length === 0) {
    const lines = errors.length > 0 ? errors.map(formatDiagnostic) : [`${file}: không có tiêu chí nào`];
    throw new ThiduaError("input", `Không đọc được tiêu chí từ ${file}:\n${lines.join("\n")}`, errors);
  }
  return criteria;
}
