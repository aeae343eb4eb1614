import { join } from "node:path";
import type { BlocReport, BlocStatus } from "../batch/bloc-report.js";
import type { JsonDiagnostic } from "../output/json-result.js";
import type { Terminal } from "./terminal.js";

/** Errors listed under a failed bloc without `--verbose` (all of them are in `tong-hop.json`). */
const ERRORS_SHOWN = 5;

function errorLine(d: JsonDiagnostic): string {
  const where = [d.file, d.sheet, d.cell ?? (d.row !== undefined ? `dòng ${d.row}` : undefined)].filter(
    (p) => p !== undefined && p !== "",
  );
  return `${where.join(" › ")}: ${d.message}`;
}

/** A bloc's line on stdout, and (failed blocs, warnings with `--verbose`) its details on stderr. */
export function printBloc(
  term: Terminal,
  report: BlocReport,
  out: string,
  options: { quiet?: boolean; verbose?: boolean },
): void {
  const c = term.color;
  if (report.status === "ok" || report.status === "existing") {
    if (options.quiet) return;
    const facts = report.facts;
    const leader = facts && facts.leader.length > 0 ? `; dẫn đầu: ${facts.leader.join(", ")}` : "";
    const warnings = report.warningCount > 0 ? c.yellow(` (${report.warningCount} cảnh báo)`) : "";
    const about = facts ? `${facts.name} năm ${facts.year}${leader}` : "";
    const word = report.status === "ok" ? c.green("xong  ") : c.cyan("đã có ");
    term.out(`${word}${report.input} → ${join(out, report.folder ?? "")}  ${about}${warnings}`);
    if (report.reason?.code === "existingDiffers")
      term.err(`      ${c.yellow("Ghi chú")}: ${report.reason.message} (dùng --force để ghi lại)`);
    if (options.verbose)
      for (const w of report.result?.warnings ?? [])
        term.err(`      ${c.yellow("Cảnh báo")}: ${errorLine(w)}`);
    return;
  }
  if (report.status === "skipped") {
    if (!options.quiet) term.out(`${c.gray("bỏ qua")} ${report.input}: ${report.reason?.message ?? ""}`);
    return;
  }
  const line = `${c.red("lỗi  ")} ${report.input}: ${report.errors.length} lỗi`;
  if (options.quiet) term.err(line);
  else term.out(line);
  const shown = options.verbose ? report.errors : report.errors.slice(0, ERRORS_SHOWN);
  for (const d of shown) term.err(`      ${c.red("Lỗi")}: ${errorLine(d)}`);
  if (shown.length < report.errors.length)
    term.err(
      `      … và ${report.errors.length - shown.length} lỗi khác (xem tong-hop.json hoặc dùng --verbose)`,
    );
  if (options.verbose && report.stack !== undefined) term.err(report.stack);
}

/** The batch's last lines: the counts by status and where the index is. */
export function printBatchSummary(
  term: Terminal,
  summary: Record<BlocStatus, number>,
  indexFiles: readonly string[],
): void {
  const total = summary.ok + summary.existing + summary.failed;
  const counts = [
    `${summary.ok} xong`,
    ...(summary.existing > 0 ? [`${summary.existing} đã có`] : []),
    `${summary.failed} lỗi`,
  ].join(", ");
  const skipped = summary.skipped > 0 ? `; bỏ qua ${summary.skipped} mục không phải khối` : "";
  const line = `Đã xử lý ${total} khối: ${counts}${skipped}.`;
  term.out("");
  term.out(summary.failed > 0 ? term.color.red(line) : term.color.green(line));
  if (summary.existing > 0) term.out("Các khối đã có được giữ nguyên; dùng --force để ghi lại tất cả.");
  term.out(`Bảng tổng hợp: ${indexFiles.join(", ")}`);
}
