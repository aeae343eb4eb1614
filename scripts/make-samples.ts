/**
 * Writes the sample workbooks of samples/ from the readable data in samples/data/*.json, laid out
 * the way bloc secretaries lay them out (title banners, a total row, notes). Each data file has a
 * sibling `<name>.expect.json` with the outcome the sample was designed for; this script checks that
 * the data adds up to the expected totals, and test/read/fixtures.test.ts checks the tool agrees.
 *
 *   npx tsx scripts/make-samples.ts      (or: npm run samples)
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Cell, SheetSpec } from "./lib/write-xlsx.js";
import { writeXlsx } from "./lib/write-xlsx.js";

const SAMPLES = fileURLToPath(new URL("../samples/", import.meta.url));
const DATA = join(SAMPLES, "data");

// --- the data format ---------------------------------------------------------------------------

/** A cell in the data: text, number, empty, or `{ "date": "yyyy-mm-dd" }` for a real Excel date. */
const dataCell = z.union([z.string(), z.number(), z.null(), z.object({ date: z.iso.date() })]);
type DataCell = z.infer<typeof dataCell>;

const dataTable = z.object({
  /** Title rows above the header, each merged across the table. */
  banner: z.array(z.string()).default([]),
  columns: z.array(z.string()),
  rows: z.array(z.array(dataCell)),
  /** Columns holding shares written as numbers with a percent format (0.72 shown as 72%). */
  percentColumns: z.array(z.string()).default([]),
  /** A column whose runs of equal values are merged vertically (a group heading). */
  mergeColumn: z.string().optional(),
});
type DataTable = z.infer<typeof dataTable>;

const points = z.record(z.string(), z.number());
const unitScores = z.object({
  lost: points.default({}),
  bonus: points.default({}),
  deduction: points.default({}),
  bloc: points.optional(),
  notes: z.record(z.string(), z.string()).default({}),
});
type UnitScores = z.infer<typeof unitScores>;

const sampleData = z.object({
  about: z.string(),
  layout: z.enum(["sheets", "unit-files", "matrix"]),
  file: z.string(),
  unitFolder: z.string().optional(),
  info: z.array(z.tuple([z.string(), dataCell])),
  units: dataTable,
  criteria: dataTable,
  scoreSheet: z.object({ banner: z.array(z.string()) }).optional(),
  matrix: z.object({ banner: z.array(z.string()), totalColumn: z.string() }).optional(),
  scores: z.record(z.string(), z.union([unitScores, z.string()])),
  plan: z.array(z.string()).optional(),
  /** The `Khen thưởng` sheet: distinctions received before, for the achievement reports. */
  history: dataTable.optional(),
  rules: z.array(z.tuple([z.string(), dataCell])).optional(),
});
type SampleData = z.infer<typeof sampleData>;

const expectedTotals = z.object({ units: z.array(z.object({ code: z.string(), total: z.number() })) });

interface Criterion {
  code: string;
  content: string;
  max: number;
  kind: "standard" | "bonus" | "deduction";
}

interface Unit {
  code: string;
  name: string;
}

// --- reading the data --------------------------------------------------------------------------

function toCell(v: DataCell): Cell {
  if (v !== null && typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  }
  return v;
}

function column(table: DataTable, header: string): number {
  const i = table.columns.indexOf(header);
  if (i < 0) throw new Error(`column "${header}" not found in ${table.columns.join(", ")}`);
  return i;
}

function criteriaOf(data: SampleData): Criterion[] {
  const t = data.criteria;
  const [code, content, max, type] = ["Mã", "Nội dung", "Điểm tối đa", "Loại"].map((h) => column(t, h));
  return t.rows.map((r) => {
    const typeText = String(r[type ?? -1] ?? "");
    return {
      code: String(r[code ?? -1]),
      content: String(r[content ?? -1]),
      max: Number(r[max ?? -1]),
      kind: typeText === "thưởng" ? "bonus" : typeText === "trừ" ? "deduction" : "standard",
    };
  });
}

function unitsOf(data: SampleData): Unit[] {
  const [code, name] = ["Mã", "Tên đơn vị"].map((h) => column(data.units, h));
  return data.units.rows.map((r) => ({ code: String(r[code ?? -1]), name: String(r[name ?? -1]) }));
}

function scoresOf(data: SampleData, code: string): UnitScores {
  const s = data.scores[code];
  if (s === undefined || typeof s === "string") throw new Error(`no scores for unit ${code}`);
  return s;
}

/** The self scores (`Tự chấm`) of a unit, by criterion code. */
function selfScores(criteria: readonly Criterion[], s: UnitScores): Map<string, number> {
  return new Map(
    criteria.map((c) => {
      const p =
        c.kind === "standard"
          ? c.max - (s.lost[c.code] ?? 0)
          : c.kind === "bonus"
            ? s.bonus[c.code]
            : s.deduction[c.code];
      return [c.code, p ?? 0];
    }),
  );
}

/** The points that count: the bloc's where it changed them. */
function countedScores(criteria: readonly Criterion[], s: UnitScores): Map<string, number> {
  const self = selfScores(criteria, s);
  for (const [code, p] of Object.entries(s.bloc ?? {})) self.set(code, p);
  return self;
}

/** Total = standard + bonus − deduction, in hundredths to stay exact. */
function totalOf(criteria: readonly Criterion[], scores: Map<string, number>): number {
  const h = criteria.reduce((sum, c) => {
    const p = Math.round((scores.get(c.code) ?? 0) * 100);
    return sum + (c.kind === "deduction" ? -p : p);
  }, 0);
  return h / 100;
}

// --- building sheets ---------------------------------------------------------------------------

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Column widths that fit the longest value (ignoring banner rows), within reason. */
function widths(rows: readonly (readonly Cell[])[], from: number): number[] {
  const out: number[] = [];
  rows.slice(from).forEach((r) =>
    r.forEach((v, i) => {
      const len =
        v instanceof Date ? 10 : typeof v === "string" || typeof v === "number" ? String(v).length : 8;
      out[i] = Math.min(50, Math.max(out[i] ?? 6, len + 2));
    }),
  );
  return out;
}

function keyValueSheet(name: string, rows: readonly (readonly [string, DataCell])[]): SheetSpec {
  const cells = rows.map(([k, v]) => [k, toCell(v)]);
  return { name, rows: cells, widths: [34, 90], printFitWidth: true };
}

/** A table with its banner rows above the header (banner, then an empty row). */
function tableSheet(name: string, t: DataTable): SheetSpec {
  const width = t.columns.length;
  const above: Cell[][] = t.banner.length ? [...t.banner.map((b) => [b]), []] : [];
  const headerRow = above.length + 1;
  const body = t.rows.map((r) => r.map(toCell));
  const merges = t.banner.map((_, i) => `A${i + 1}:${colName(width - 1)}${i + 1}`);
  if (t.mergeColumn !== undefined) {
    const c = column(t, t.mergeColumn);
    const values = body.map((r) => r[c] ?? null);
    let start = 0;
    for (let i = 1; i <= values.length; i++) {
      if (i < values.length && values[i] === values[start] && values[start] !== null) continue;
      if (i - 1 > start) {
        merges.push(`${colName(c)}${headerRow + 1 + start}:${colName(c)}${headerRow + i}`);
        for (const row of body.slice(start + 1, i)) row[c] = null;
      }
      start = i;
    }
  }
  const numFmts: Record<string, string> = {};
  for (const header of t.percentColumns) {
    const c = column(t, header);
    body.forEach((row, i) => {
      if (typeof row[c] === "number") numFmts[`${colName(c)}${headerRow + 1 + i}`] = "0%";
    });
  }
  const rows = [...above, t.columns, ...body];
  return {
    name,
    rows,
    merges,
    numFmts,
    boldRows: [...t.banner.map((_, i) => i + 1), headerRow],
    widths: widths(rows, headerRow - 1),
    freezeBelow: headerRow + 1,
    wrap: { columns: wrapped(t.columns), fromRow: headerRow },
    printFitWidth: true,
  };
}

/** Columns of long text, wrapped so that the sheet prints on one page's width. */
function wrapped(columns: readonly string[]): number[] {
  const long = ["Tên đơn vị", "Nội dung", "Nhóm", "Kỷ luật", "Ghi chú"];
  return columns.flatMap((c, i) => (long.includes(c) ? [i + 1] : []));
}

/**
 * A unit's self-scoring sheet (layouts 1 and 2): banner, header on row 4, one row per criterion,
 * the Khối chấm column filled when the bloc reviewed the unit, and a `Tổng cộng` row whose
 * formulas (total = standard + bonus − deduction) carry their cached results.
 */
function scoreSheet(data: SampleData, unit: Unit, criteria: readonly Criterion[]): SheetSpec {
  const s = scoresOf(data, unit.code);
  const self = selfScores(criteria, s);
  const counted = countedScores(criteria, s);
  const reviewed = s.bloc !== undefined;
  const banner = (data.scoreSheet?.banner ?? []).map((b) => [b.replace("{name}", unit.name)]);
  const above: Cell[][] = [...banner, []];
  const header = ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Khối chấm", "Ghi chú"];
  const first = above.length + 2;
  const body = criteria.map((c) => [
    c.code,
    c.content,
    c.max,
    self.get(c.code) ?? 0,
    reviewed ? (counted.get(c.code) ?? 0) : null,
    s.notes[c.code] ?? null,
  ]);
  const last = first + criteria.length - 1;
  const plusEnd = first + criteria.filter((c) => c.kind !== "deduction").length - 1;
  const minus = criteria.flatMap((c, i) => (c.kind === "deduction" ? [first + i] : []));
  const sumFormula = (col: string): string =>
    `SUM(${col}${first}:${col}${plusEnd})${minus.map((r) => `-${col}${r}`).join("")}`;
  const standardEnd = first + criteria.filter((c) => c.kind === "standard").length - 1;
  const standardMax = criteria.filter((c) => c.kind === "standard").reduce((a, c) => a + c.max, 0);
  const totalRow: Cell[] = [
    "Tổng cộng",
    null,
    { formula: `SUM(C${first}:C${standardEnd})`, result: standardMax },
    { formula: sumFormula("D"), result: totalOf(criteria, self) },
    reviewed ? { formula: sumFormula("E"), result: totalOf(criteria, counted) } : null,
    null,
  ];
  const rows = [...above, header, ...body, totalRow];
  return {
    name: unit.code,
    rows,
    merges: [...banner.map((_, i) => `A${i + 1}:F${i + 1}`), `A${last + 1}:B${last + 1}`],
    boldRows: [...banner.map((_, i) => i + 1), first - 1, last + 1],
    widths: [12, 60, 12, 10, 11, 40],
    freezeBelow: first,
    wrap: { columns: [2, 6], fromRow: first - 1 },
    printFitWidth: true,
  };
}

/** The `Bảng điểm` matrix (layout 3): agreed points, one row per unit, and a total column. */
function matrixSheet(data: SampleData, units: readonly Unit[], criteria: readonly Criterion[]): SheetSpec {
  const m = data.matrix;
  if (!m) throw new Error("a matrix sample needs `matrix`");
  const header = ["STT", "Mã", "Tên đơn vị", ...criteria.map((c) => c.code), m.totalColumn];
  const width = header.length;
  const above: Cell[][] = [...m.banner.map((b) => [b]), []];
  const first = above.length + 2;
  const firstCrit = 3;
  const body = units.map((u, i) => {
    const counted = countedScores(criteria, scoresOf(data, u.code));
    const r = first + i;
    const plus = criteria.flatMap((c, j) => (c.kind !== "deduction" ? [colName(firstCrit + j)] : []));
    const minus = criteria.flatMap((c, j) => (c.kind === "deduction" ? [colName(firstCrit + j)] : []));
    const formula = `SUM(${plus[0]}${r}:${plus[plus.length - 1]}${r})${minus.map((c) => `-${c}${r}`).join("")}`;
    return [
      i + 1,
      u.code,
      u.name,
      ...criteria.map((c) => counted.get(c.code) ?? 0),
      { formula, result: totalOf(criteria, counted) },
    ];
  });
  const rows = [...above, header, ...body];
  return {
    name: "Bảng điểm",
    rows,
    merges: m.banner.map((_, i) => `A${i + 1}:${colName(width - 1)}${i + 1}`),
    boldRows: [...m.banner.map((_, i) => i + 1), first - 1],
    widths: [5, 8, 44, ...criteria.map(() => 7), 11],
    freezeBelow: first,
    printFitWidth: true,
  };
}

function planSheet(plan: readonly string[]): SheetSpec {
  return {
    name: "Phương hướng",
    rows: plan.map((p) => [p]),
    widths: [120],
    wrap: { columns: [1], fromRow: 1 },
    printFitWidth: true,
  };
}

// --- writing -----------------------------------------------------------------------------------

async function writeSample(data: SampleData): Promise<Map<string, number>> {
  const criteria = criteriaOf(data);
  const units = unitsOf(data);
  const head = [
    keyValueSheet("Thông tin", data.info),
    tableSheet("Đơn vị", data.units),
    tableSheet("Tiêu chí", data.criteria),
  ];
  const tail = [
    ...(data.plan ? [planSheet(data.plan)] : []),
    ...(data.history ? [tableSheet("Khen thưởng", data.history)] : []),
    ...(data.rules ? [keyValueSheet("Quy tắc", data.rules)] : []),
  ];
  if (data.layout === "sheets") {
    const sheets = units.map((u) => scoreSheet(data, u, criteria));
    await writeXlsx(join(SAMPLES, data.file), { sheets: [...head, ...sheets, ...tail] });
  } else if (data.layout === "matrix") {
    await writeXlsx(join(SAMPLES, data.file), {
      sheets: [...head, matrixSheet(data, units, criteria), ...tail],
    });
  } else {
    if (!data.unitFolder) throw new Error("a unit-files sample needs `unitFolder`");
    const folder = join(SAMPLES, data.unitFolder);
    await rm(folder, { recursive: true, force: true });
    await writeXlsx(join(SAMPLES, data.file), { sheets: [...head, ...tail] });
    for (const u of units) {
      await writeXlsx(join(folder, `${u.code}.xlsx`), { sheets: [scoreSheet(data, u, criteria)] });
    }
  }
  return new Map(
    units.map((u) => [u.code, totalOf(criteria, countedScores(criteria, scoresOf(data, u.code)))]),
  );
}

/** The data must add up to the outcome the sample was designed for (samples/data/<name>.expect.json). */
async function checkTotals(name: string, totals: Map<string, number>): Promise<void> {
  const path = join(DATA, `${name}.expect.json`);
  const expected = expectedTotals.parse(JSON.parse(await readFile(path, "utf8")));
  const wrong = expected.units.filter((u) => totals.get(u.code) !== u.total);
  if (wrong.length > 0 || expected.units.length !== totals.size) {
    const got = [...totals].map(([c, t]) => `${c} ${t}`).join(", ");
    throw new Error(`${name}: the data's totals (${got}) differ from ${basename(path)}`);
  }
}

async function main(): Promise<void> {
  const files = (await readdir(DATA))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
    .sort();
  for (const f of files) {
    const data = sampleData.parse(JSON.parse(await readFile(join(DATA, f), "utf8")));
    const totals = await writeSample(data);
    await checkTotals(f.slice(0, -".json".length), totals);
    console.log(`samples/${data.file}: ${totals.size} units`);
  }
}

await main();
