import type { Bloc } from "../model/bloc.js";
import { formatPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import type { Terminal } from "./terminal.js";
import { fit, textWidth } from "./terminal.js";
import { wrapParagraph, wrapText } from "./wrap-text.js";

const SHORT_AWARD = { flag: "Cờ thi đua", governmentFlag: "Cờ Chính phủ", certificate: "Bằng khen" } as const;

/** A column of the ranking table: its header, alignment, and whether its text may wrap. */
interface Column {
  header: string;
  align: "left" | "right";
  cells: string[];
  width: number;
}

/** A wrapping column is never laid out narrower than this (a name of a few words per line). */
const MIN_WRAP = 12;
/** A unit's name takes at most this many lines; past them it is cut with `…`. */
const NAME_LINES = 3;

/**
 * Column widths for the terminal: every column at its natural width when the table fits; else one
 * space between columns, then the proposals and the names wrap (names are never cut while a wider
 * column could give way). Below some 60 columns the table is wider than the terminal.
 */
function layout(columns: Column[], wrapping: readonly [Column, Column], width: number): number {
  const [name, proposal] = wrapping;
  const fixed = () => columns.filter((c) => !wrapping.includes(c)).reduce((sum, c) => sum + c.width, 0);
  for (const gap of [2, 1]) {
    const room = width - fixed() - gap * (columns.length - 1);
    if (name.width + proposal.width <= room) return gap;
    if (gap === 1) {
      proposal.width = Math.min(proposal.width, Math.max(MIN_WRAP, room - name.width));
      name.width = Math.max(MIN_WRAP, Math.min(name.width, room - proposal.width));
    }
  }
  return 1;
}

/**
 * The ranking table and rotation printed by `summarize` (cli.md): units, points, rank, proposal,
 * laid out for a terminal of `width` columns (issue 12: 80 columns must not wrap every row).
 */
export function formatSummary(term: Terminal, bloc: Bloc, result: BlocResult, width = 80): string[] {
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
  const column = (header: string, align: Column["align"], cells: string[]): Column => ({
    header,
    align,
    cells,
    width: Math.max(textWidth(header), ...cells.map(textWidth)),
  });
  const units = result.units;
  const rank = column(
    "Hạng",
    "right",
    units.map((u) => String(u.rank)),
  );
  const code = column(
    "Mã",
    "left",
    units.map((u) => u.code),
  );
  const name = column(
    "Đơn vị",
    "left",
    units.map((u) => u.name),
  );
  const standard = column(
    "Chuẩn",
    "right",
    units.map((u) => formatPoints(u.standard)),
  );
  const bonus = column(
    "Thưởng",
    "right",
    units.map((u) => formatPoints(u.bonus)),
  );
  const deduction = column(
    "Trừ",
    "right",
    units.map((u) => formatPoints(u.deduction)),
  );
  const total = column(
    "Tổng",
    "right",
    units.map((u) => formatPoints(u.total)),
  );
  const proposal = column(
    "Đề nghị",
    "left",
    units.map((u) => (proposals.get(u.code) ?? []).join(", ")),
  );
  const columns = [rank, code, name, standard, bonus, deduction, total, proposal];
  const gap = " ".repeat(layout(columns, [name, proposal], width));

  const lines: string[] = [];
  const title = `${bloc.info.name} - năm ${bloc.info.year}`;
  const about = ` (${bloc.units.length} đơn vị, điểm chuẩn tối đa ${formatPoints(result.standardMax)})`;
  const [first = "", ...more] = wrapParagraph(title + about, width);
  lines.push(first.startsWith(title) ? c.bold(title) + first.slice(title.length) : first, ...more);
  lines.push("");
  // The last column is not padded: no trailing spaces.
  const row = (cells: string[], style: (text: string, index: number) => string) =>
    cells
      .map((text, i) =>
        style(i === cells.length - 1 ? text : fit(text, columns[i]?.width ?? 0, columns[i]?.align), i),
      )
      .join(gap);
  lines.push(
    c.bold(
      row(
        columns.map((col) => col.header),
        (t) => t,
      ),
    ),
  );
  units.forEach((_, r) => {
    const nameLines = wrapText(name.cells[r] ?? "", name.width, NAME_LINES);
    const proposalText = proposal.cells[r] ?? "";
    const proposalLines = proposalText === "" ? [""] : wrapText(proposalText, proposal.width);
    const height = Math.max(nameLines.length, proposalLines.length);
    for (let k = 0; k < height; k++) {
      const cells = columns.map((col) => {
        if (col === name) return nameLines[k] ?? "";
        if (col === proposal) return proposalLines[k] ?? "";
        return k === 0 ? (col.cells[r] ?? "") : "";
      });
      lines.push(
        row(cells, (text, i) => {
          if (columns[i] === total) return c.bold(text);
          if (columns[i] === proposal)
            return proposalText.includes("bình xét") ? c.yellow(text) : c.green(text);
          return text;
        }).trimEnd(),
      );
    }
  });
  lines.push("");
  for (const p of result.proposals) {
    const by = p.decidedBy === "conference" ? " (hội nghị quyết định)" : "";
    const [head = "", ...rest] = wrapParagraph(`${p.name}${by}: ${p.units.map(nameOf).join("; ")}`, width);
    const cut = head.indexOf(p.name) === 0 ? p.name.length : 0;
    lines.push(c.bold(head.slice(0, cut)) + head.slice(cut), ...rest);
  }
  for (const t of result.ties) {
    const what =
      t.award === "chair" || t.award === "deputy"
        ? t.award === "chair"
          ? "vị trí trưởng"
          : "vị trí phó"
        : SHORT_AWARD[t.award];
    const text = `Cần bình xét (${what}, hạng ${t.rank}): ${t.units.map(nameOf).join("; ")}`;
    lines.push(...wrapParagraph(text, width).map((l) => c.yellow(l)));
  }
  const word = bloc.info.kind === "cum" ? "Cụm" : "Khối";
  const next = result.rotation.next;
  const show = (code: string | null) => (code === null ? "cần bình xét" : `${nameOf(code)} (${code})`);
  for (const [role, member] of [
    ["trưởng", next.chair],
    ["phó", next.deputy],
  ] as const) {
    const text = `${word} ${role} năm ${bloc.info.year + 1}: ${show(member)}`;
    lines.push(...wrapParagraph(text, width).map((l) => (member === null ? c.yellow(l) : l)));
  }
  return lines;
}
