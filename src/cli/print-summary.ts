import type { Bloc } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import type { Terminal } from "./terminal.js";
import { fit } from "./terminal.js";

const SHORT_AWARD = { flag: "Cờ thi đua", governmentFlag: "Cờ Chính phủ", certificate: "Bằng khen" } as const;

/** The ranking table and rotation printed by `summarize` (cli.md): units, points, rank, proposal. */
export function formatSummary(term: Terminal, bloc: Bloc, result: BlocResult): string[] {
  const c = term.color;
  const names = new Map(bloc.units.map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const proposals = new Map<string, string[]>();
  for (const p of result.proposals)
    for (const code of p.units) proposals.set(code, [...(proposals.get(code) ?? []), SHORT_AWARD[p.award]]);
  for (const t of result.ties) {
    if (t.award !== "chair" && t.award !== "deputy") {
      for (const code of t.units)
        proposals.set(code, [...(proposals.get(code) ?? []), `cần bình xét (${SHORT_AWARD[t.award]})`]);
    }
  }
  const codeWidth = Math.min(12, Math.max(3, ...bloc.units.map((u) => u.code.length)));
  const lines: string[] = [];
  lines.push(
    c.bold(`${bloc.info.name} - năm ${bloc.info.year}`) +
      ` (${bloc.units.length} đơn vị, điểm chuẩn tối đa ${formatPoints(result.standardMax)})`,
  );
  lines.push("");
  lines.push(
    c.bold(
      `${fit("Hạng", 4, "right")}  ${fit("Mã", codeWidth)}  ${fit("Đơn vị", 40)}  ${fit("Chuẩn", 8, "right")}  ${fit("Thưởng", 7, "right")}  ${fit("Trừ", 6, "right")}  ${fit("Tổng", 8, "right")}  Đề nghị`,
    ),
  );
  for (const u of result.units) {
    const proposal = (proposals.get(u.code) ?? []).join(", ");
    lines.push(
      `${fit(String(u.rank), 4, "right")}  ${fit(u.code, codeWidth)}  ${fit(u.name, 40)}  ${fit(formatPoints(u.standard), 8, "right")}  ${fit(formatPoints(u.bonus), 7, "right")}  ${fit(formatPoints(u.deduction), 6, "right")}  ${c.bold(fit(formatPoints(u.total), 8, "right"))}  ${proposal.includes("bình xét") ? c.yellow(proposal) : c.green(proposal)}`,
    );
  }
  lines.push("");
  for (const p of result.proposals) {
    const by = p.decidedBy === "conference" ? " (hội nghị quyết định)" : "";
    lines.push(`${c.bold(p.name)}${by}: ${p.units.map(nameOf).join("; ")}`);
  }
  for (const t of result.ties) {
    const what =
      t.award === "chair" || t.award === "deputy"
        ? t.award === "chair"
          ? "vị trí trưởng"
          : "vị trí phó"
        : SHORT_AWARD[t.award];
    lines.push(c.yellow(`Cần bình xét (${what}, hạng ${t.rank}): ${t.units.map(nameOf).join("; ")}`));
  }
  const word = bloc.info.kind === "cum" ? "Cụm" : "Khối";
  const next = result.rotation.next;
  const show = (code: string | null) =>
    code === null ? c.yellow("cần bình xét") : `${nameOf(code)} (${code})`;
  lines.push(`${word} trưởng năm ${bloc.info.year + 1}: ${show(next.chair)}`);
  lines.push(`${word} phó năm ${bloc.info.year + 1}: ${show(next.deputy)}`);
  return lines;
}
