import { join } from "node:path";
import type { Terminal } from "../cli/terminal.js";
import { DEFAULT_BATCH_OUT, batch } from "../commands/batch.js";
import { ThiduaError } from "../errors.js";
import type { JsonDiagnostic } from "../output/json-result.js";
import type { BatchProgress } from "./batch-progress.js";
import { makeBatchProgress } from "./batch-progress.js";
import type { BlocReport } from "./bloc-report.js";
import { parseOnly } from "../cli/parse-only.js";
import { toJsonBloc } from "./bloc-report.js";

/** Options of `batch` as commander gives them. */
export interface BatchCliOptions {
  out?: string;
  rules?: string;
  templates?: string;
  only?: string;
  pdf?: boolean;
  prev?: string;
  jobs?: string;
  json?: boolean;
  force?: boolean;
  /** Says what running again does anyway (blocs already written are kept); refused with `--force`. */
  resume?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/** Errors listed under a failed bloc without `--verbose` (all of them are in `tong-hop.json`). */
const ERRORS_SHOWN = 5;

function parseJobs(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new ThiduaError("usage", `--jobs: cần một số nguyên dương, nhưng nhận "${jobs}".`);
  }
  return n;
}

function errorLine(d: JsonDiagnostic): string {
  const where = [d.file, d.sheet, d.cell ?? (d.row !== undefined ? `dòng ${d.row}` : undefined)].filter(
    (p) => p !== undefined && p !== "",
  );
  return `${where.join(" › ")}: ${d.message}`;
}

/** A bloc's line on stdout, and (failed blocs, warnings with `--verbose`) its details on stderr. */
function printBloc(term: Terminal, report: BlocReport, out: string, options: BatchCliOptions): void {
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

/** `thidua batch`: runs the batch, prints a line per bloc (in input order) and a summary, or the JSON. */
export async function runBatch(term: Terminal, inputs: string[], options: BatchCliOptions): Promise<number> {
  if (options.resume && options.force)
    throw new ThiduaError(
      "usage",
      "--resume giữ các khối đã ghi, --force ghi lại tất cả: chọn một trong hai. Xem cách dùng: thidua batch --help",
    );
  const only = parseOnly(options.only);
  const jobs = parseJobs(options.jobs);
  const out = options.out ?? DEFAULT_BATCH_OUT;
  // cli.md: a bar only when stderr is a terminal, never with --json or --quiet.
  const progress: BatchProgress | null =
    process.stderr.isTTY === true && !options.json && !options.quiet ? await makeBatchProgress() : null;
  const print = (report: BlocReport) => {
    if (options.json) return;
    if (progress) progress.above(() => printBloc(term, report, out, options));
    else printBloc(term, report, out, options);
  };
  let outcome;
  try {
    outcome = await batch(
      inputs,
      {
        out,
        force: options.force === true,
        keepResults: options.json === true,
        ...(options.rules !== undefined ? { rules: options.rules } : {}),
        ...(options.templates !== undefined ? { templates: options.templates } : {}),
        ...(only !== undefined ? { only } : {}),
        ...(jobs !== undefined ? { jobs } : {}),
        ...(options.prev !== undefined ? { prev: options.prev } : {}),
        pdf: options.pdf === true,
      },
      {
        onStart: (blocs) => progress?.start(blocs.length),
        onProgress: (done) => progress?.update(done),
        onBloc: print,
      },
    );
  } finally {
    progress?.stop();
  }
  const { summary } = outcome;
  if (options.json) {
    term.out(JSON.stringify({ blocs: outcome.blocs.map(toJsonBloc), summary }, null, 2));
  } else if (!options.quiet) {
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
    term.out(`Bảng tổng hợp: ${outcome.indexFiles.join(", ")}`);
  }
  return summary.failed > 0 ? 3 : 0;
}
