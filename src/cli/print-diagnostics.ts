import type { Diagnostic } from "../model/diagnostic.js";
import { bySeverity } from "../model/diagnostic.js";
import { diagnosticHint, diagnosticText, formatDiagnostic } from "../diagnostics/format-diagnostic.js";
import type { Terminal } from "./terminal.js";

/** Diagnostics to show: errors and warnings, notes only with `--verbose`. */
export function visible(diagnostics: readonly Diagnostic[], verbose: boolean): Diagnostic[] {
  return diagnostics.filter((d) => d.severity !== "note" || verbose);
}

/** One line per diagnostic on stderr: `Lỗi: khoi.xlsx › BQL › C7: …`. */
export function printDiagnosticLines(term: Terminal, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const label =
      d.severity === "error"
        ? term.color.red("Lỗi")
        : d.severity === "warning"
          ? term.color.yellow("Cảnh báo")
          : term.color.gray("Ghi chú");
    term.err(`${label}: ${formatDiagnostic(d)}`);
  }
}

/**
 * The secretary's checklist: problems grouped by file and sheet, each with how to fix it, in the
 * order found; a line per cell or row.
 */
export function formatChecklist(term: Terminal, diagnostics: readonly Diagnostic[]): string[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.location.sheet === undefined ? d.location.file : `${d.location.file} › ${d.location.sheet}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const lines: string[] = [];
  for (const [group, items] of groups) {
    lines.push(term.color.bold(group));
    for (const d of items) {
      const mark =
        d.severity === "error"
          ? term.color.red("✗")
          : d.severity === "warning"
            ? term.color.yellow("!")
            : term.color.gray("·");
      const where = d.location.cell ?? (d.location.row !== undefined ? `dòng ${d.location.row}` : "");
      lines.push(`  ${mark} ${where ? `${where}: ` : ""}${diagnosticText(d)}`);
      const hint = diagnosticHint(d);
      if (hint && d.severity !== "note") lines.push(`      ${term.color.gray(`→ ${hint}`)}`);
    }
  }
  return lines;
}

/** The one-line verdict that ends `validate`. */
export function verdict(diagnostics: readonly Diagnostic[]): string {
  const errors = bySeverity(diagnostics, "error").length;
  const warnings = bySeverity(diagnostics, "warning").length;
  if (errors > 0) return `Chưa đạt: ${errors} lỗi, ${warnings} cảnh báo. Sửa các lỗi trên rồi kiểm tra lại.`;
  if (warnings > 0)
    return `Đạt, có ${warnings} cảnh báo: có thể chạy thidua summarize, nên xem lại các cảnh báo.`;
  return "Đạt: bảng tính hợp lệ, có thể chạy thidua summarize.";
}
