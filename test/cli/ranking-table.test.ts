/**
 * The ranking table fits the terminal (issue 12: ~110 columns wide, so every row wrapped in an
 * 80-column terminal while names were cut at 120). In-process for the widths; one spawn for the
 * width the CLI picks when stdout is not a terminal.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/print-summary.js";
import { makeTerminal, textWidth } from "../../src/cli/terminal.js";
import { wrapText } from "../../src/cli/wrap-text.js";
import { computeResult } from "../../src/pipeline/compute-result.js";
import { loadBloc } from "../../src/pipeline/load-bloc.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const KHOI_14 = join(ROOT, "samples/khoi-14");

async function sample(files: string[]) {
  const { bloc } = await loadBloc(files);
  if (!bloc) throw new Error("the sample does not load");
  const { result } = computeResult(bloc);
  if (!result) throw new Error("the sample does not compute");
  return { bloc, result };
}
const khoi14 = () =>
  sample([
    join(KHOI_14, "khoi-thi-dua.xlsx"),
    ...readdirSync(join(KHOI_14, "don-vi")).map((f) => join(KHOI_14, "don-vi", f)),
  ]);
const cum02 = () => sample([join(ROOT, "samples/cum-thi-dua-so-02.xlsx")]);
const plain = makeTerminal({ color: false });

/** The table's lines: from the header to the empty line after it. */
function tableOf(lines: string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith("Hạng"));
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

describe("the ranking table", () => {
  it.each([80, 100, 120, 160])("never runs past %i columns, whatever it prints", async (width) => {
    for (const { bloc, result } of [await khoi14(), await cum02()]) {
      const lines = formatSummary(plain, bloc, result, width);
      for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  it("shows every unit's whole name at 120 columns, one line per unit", async () => {
    const { bloc, result } = await khoi14();
    const table = tableOf(formatSummary(plain, bloc, result, 120));
    expect(table).toHaveLength(1 + result.units.length);
    for (const u of result.units) expect(table.some((l) => l.includes(u.name))).toBe(true);
    expect(table.join("\n")).not.toContain("…");
  });

  it("wraps names at 80 columns instead of cutting them, keeping every figure on the unit's first line", async () => {
    const { bloc, result } = await khoi14();
    const table = tableOf(formatSummary(plain, bloc, result, 80));
    expect(table.join("\n")).not.toContain("…");
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
    for (const u of result.units) {
      const first = table.findIndex((l) => new RegExp(`^\\s*${u.rank} ${u.code} `).test(l));
      expect(first, u.code).toBeGreaterThan(0);
      expect(table[first]).toContain(String(u.total / 100).replace(".", ","));
      // The name's words, in order, over its first line and the lines that continue it.
      const rest = table.slice(first + 1).findIndex((l) => /^\s*\d+ /.test(l));
      const block = table.slice(first, rest === -1 ? undefined : first + 1 + rest).join(" ");
      const found = words(block).join(" ");
      expect(found).toContain(words(u.name).slice(0, 3).join(" "));
    }
  });

  it("keeps the proposals column readable at 80 columns, wrapping two awards", async () => {
    const { bloc, result } = await cum02();
    const text = formatSummary(plain, bloc, result, 80).join("\n");
    expect(text).toContain("Cờ thi đua,");
    expect(text).toContain("Cờ Chính phủ");
  });

  it("is laid out for 80 columns when stdout is not a terminal, and for COLUMNS when it is set", () => {
    const out = mkdtempSync(join(tmpdir(), "thidua-table-"));
    const narrow = runCli(["summarize", KHOI_14, "-o", join(out, "80"), "--only", "ket-qua"]);
    expect(narrow.status).toBe(0);
    expect(Math.max(...narrow.stdout.split("\n").map(textWidth))).toBeLessThanOrEqual(80);
    const wide = runCli(["summarize", KHOI_14, "-o", join(out, "120"), "--only", "ket-qua"], {
      env: { COLUMNS: "120" },
    });
    rmSync(out, { recursive: true, force: true });
    const widest = Math.max(...tableOf(wide.stdout.split("\n")).map(textWidth));
    expect(widest).toBeGreaterThan(80);
    expect(widest).toBeLessThanOrEqual(120);
  });
});

describe("wrapText", () => {
  it.each([
    ["Đảng ủy Tổng công ty Điện lực miền Nam", 20, Infinity, ["Đảng ủy Tổng công ty", "Điện lực miền Nam"]],
    ["ngắn", 20, Infinity, ["ngắn"]],
    ["", 10, Infinity, [""]],
    ["KHOITHIDUASO2", 5, Infinity, ["KHOIT", "HIDUA", "SO2"]],
    ["một hai ba bốn năm sáu", 7, 2, ["một hai", "ba bốn…"]],
  ])("wraps %j at %i columns (at most %s lines)", (text, width, maxLines, expected) => {
    expect(wrapText(text, width, maxLines)).toEqual(expected);
  });
});
