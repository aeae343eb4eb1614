#!/usr/bin/env node
/**
 * Measures a build of thidua on the realistic corpus (test/corpus/sets/): runs
 * `thidua summarize <args> -o <tmp>/<set> --force --json` for every set and classifies it:
 *   read right — exit 0 and every unit's standard, bonus, deduction, total and rank, the flag, the
 *                government flag, the certificates, the ties and the next chair and deputy as expected;
 *   refused    — exit 1 or 2 (for a set that must be refused: whether the expected cells were named);
 *   WRONG      — exit 0 with anything different, or exit 0 on a set that must be refused.
 * Prints a table and the three counts. Field names are those of cli.md's `--json`.
 *
 *   node scripts/corpus/check-corpus.mjs [--bin bin/thidua.js] [--out /tmp/corpus-out] [--sets dir] [--json] [--strict] [set-prefix…]
 *
 * `--sets` measures another corpus laid out the same way (default test/corpus/sets; the blind one is
 * test/corpus-blind/sets).
 * `--strict` exits 1 when any set is WRONG or a set expected to be read is not read right.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SETS = join(ROOT, "test/corpus/sets");

function parseArgs(argv) {
  const opts = {
    bin: join(ROOT, "bin/thidua.js"),
    out: "/tmp/corpus-out",
    sets: SETS,
    json: false,
    strict: false,
    only: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--bin") opts.bin = resolve(argv[++i]);
    else if (a === "--out") opts.out = resolve(argv[++i]);
    else if (a === "--sets") opts.sets = resolve(argv[++i]);
    else if (a === "--json") opts.json = true;
    else if (a === "--strict") opts.strict = true;
    else if (a === "--help" || a === "-h") {
      console.log(
        "usage: node scripts/corpus/check-corpus.mjs [--bin bin/thidua.js] [--out dir] [--sets dir] [--json] [--strict] [set…]",
      );
      process.exit(0);
    } else opts.only.push(a);
  }
  return opts;
}

/** Points compared exactly to 0.01. */
const same = (a, b) =>
  typeof a === "number" && typeof b === "number" && Math.round(a * 100) === Math.round(b * 100);
const sorted = (list) => [...(list ?? [])].sort();
const sameSet = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Every difference between the tool's JSON result and the set's expectation, as short sentences. */
export function differences(expect, result) {
  const diffs = [];
  const got = new Map((result.units ?? []).map((u) => [u.code, u]));
  const codes = expect.units.map((u) => u.code);
  const extra = [...got.keys()].filter((c) => !codes.includes(c));
  if (extra.length > 0) diffs.push(`units not expected: ${extra.join(", ")}`);
  for (const e of expect.units) {
    const g = got.get(e.code);
    if (!g) {
      diffs.push(`${e.code}: missing`);
      continue;
    }
    for (const key of ["total", "standard", "bonus", "deduction"]) {
      if (!same(g[key], e[key])) diffs.push(`${e.code} ${key} ${g[key]} ≠ ${e[key]}`);
    }
    if (g.rank !== e.rank) diffs.push(`${e.code} rank ${g.rank} ≠ ${e.rank}`);
  }
  const order = (result.units ?? []).map((u) => u.code);
  const expectedRanks = expect.units.map((u) => u.rank);
  if (
    order.length === codes.length &&
    JSON.stringify(order.map((c) => got.get(c)?.rank)) !== JSON.stringify(expectedRanks)
  )
    diffs.push("units not in ranking order");
  const proposals = result.proposals ?? [];
  const awarded = (award) => proposals.filter((p) => p.award === award).flatMap((p) => p.units ?? []);
  for (const [award, key] of [
    ["flag", "flag"],
    ["governmentFlag", "governmentFlag"],
    ["certificate", "certificate"],
  ]) {
    const g = awarded(award);
    const e = expect.proposals[key] ?? [];
    if (!sameSet(g, e)) diffs.push(`${award}: [${g.join(", ")}] ≠ [${e.join(", ")}]`);
  }
  const tieKey = (t) => `${t.award}:${sorted(t.units).join("+")}`;
  const gotTies = (result.ties ?? []).filter((t) => t.award !== "chair" && t.award !== "deputy").map(tieKey);
  const expTies = (expect.ties ?? []).map(tieKey);
  if (!sameSet(gotTies, expTies)) diffs.push(`ties: [${gotTies.join("; ")}] ≠ [${expTies.join("; ")}]`);
  const next = result.rotation?.next ?? {};
  if (next.chair !== expect.nextChair) diffs.push(`next chair ${next.chair} ≠ ${expect.nextChair}`);
  if (next.deputy !== expect.nextDeputy) diffs.push(`next deputy ${next.deputy} ≠ ${expect.nextDeputy}`);
  return diffs;
}

/** Notes that do not make a reading wrong: where the points came from, as the tool says it. */
function notes(expect, result) {
  const got = new Map((result.units ?? []).map((u) => [u.code, u]));
  const off = expect.units.filter(
    (e) => e.scoreSource && got.get(e.code) && got.get(e.code).scoreSource !== e.scoreSource,
  );
  return off.length > 0 ? [`scoreSource differs for ${off.map((e) => e.code).join(", ")}`] : [];
}

/** Whether an error of the result points at the expected place (file base name, sheet, cell or row). */
export function named(expected, errors) {
  const norm = (s) => (s ?? "").normalize("NFC");
  return errors.some((g) => {
    if (g.file && norm(basename(g.file)) !== norm(basename(expected.file))) return false;
    if (!g.file) return false;
    if (expected.sheet && norm(g.sheet) !== norm(expected.sheet)) return false;
    if (expected.cell)
      return (
        g.cell === expected.cell ||
        (g.row !== undefined && `${g.row}` === expected.cell.replace(/^[A-Z]+/, ""))
      );
    if (expected.row !== undefined)
      return g.row === expected.row || (g.cell ?? "").replace(/^[A-Z]+/, "") === `${expected.row}`;
    return true;
  });
}

/**
 * The verdict on one set from what the tool did: `exit` its exit code, `result` its parsed `--json`
 * output ({} when there was none), `stderr` its error stream.
 */
export function classify(expect, { exit, result, stderr = "" }) {
  const row = { expect: expect.expect, exit, verdict: "", detail: "" };
  if (expect.expect === "refused") {
    if (exit === 0) {
      row.verdict = "WRONG";
      const flag = (result.proposals ?? []).find((p) => p.award === "flag")?.units ?? [];
      row.detail = `accepted a set that must be refused (flag: ${flag.join(", ") || "none"})`;
      return row;
    }
    row.verdict = "refused";
    const errors = result.errors ?? [];
    const hits = expect.errors.map((e) => named(e, errors));
    const where = expect.errors.map(
      (e, i) =>
        `${e.sheet ?? basename(e.file)}${e.cell ? `!${e.cell}` : e.row ? ` row ${e.row}` : ""}${hits[i] ? " ✓" : " ✗"}`,
    );
    row.detail = `as expected; cell named: ${where.join(", ")}${exit === 1 || exit === 2 ? "" : ` (exit ${exit})`}`;
    row.named = hits.every(Boolean);
    return row;
  }
  if (exit === 1 || exit === 2) {
    row.verdict = "refused";
    const errors = result.errors ?? [];
    const first = errors[0];
    row.detail = first
      ? `${errors.length} error(s), first: ${first.code} ${first.sheet ?? ""}${first.cell ? `!${first.cell}` : ""}`
      : stderr.trim().split("\n")[0];
  } else if (exit !== 0) {
    row.verdict = "refused";
    row.detail = `exit ${exit}: ${stderr.trim().split("\n").slice(-1)[0]}`;
  } else {
    const diffs = differences(expect, result);
    row.verdict = diffs.length === 0 ? "read right" : "WRONG";
    row.detail = [
      ...diffs.slice(0, 4),
      ...(diffs.length > 4 ? [`… ${diffs.length - 4} more`] : []),
      ...notes(expect, result),
    ].join("; ");
  }
  return row;
}

/** Runs the built tool on one set folder and classifies the outcome. */
function run(opts, set) {
  const dir = join(opts.sets, set);
  const expect = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8"));
  mkdirSync(opts.out, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [opts.bin, "summarize", ...expect.args, "-o", join(opts.out, set), "--force", "--json"],
    { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
  );
  let result = {};
  try {
    result = JSON.parse(r.stdout);
  } catch {
    result = {};
  }
  return { set, ...classify(expect, { exit: r.status ?? -1, result, stderr: r.stderr ?? "" }) };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.bin)) {
    console.error(`no build at ${opts.bin}: run npm run build first`);
    process.exit(2);
  }
  const sets = readdirSync(opts.sets)
    .filter((s) => existsSync(join(opts.sets, s, "expect.json")))
    .filter((s) => opts.only.length === 0 || opts.only.some((o) => s.startsWith(o)))
    .sort();
  const rows = sets.map((s) => run(opts, s));
  const count = (v) => rows.filter((r) => r.verdict === v).length;
  const summary = { readRight: count("read right"), refused: count("refused"), wrong: count("WRONG") };
  const okSets = rows.filter((r) => r.expect === "ok");
  const refuseSets = rows.filter((r) => r.expect === "refused");
  const asExpected = {
    okReadRight: okSets.filter((r) => r.verdict === "read right").length,
    okSets: okSets.length,
    refusedAsExpected: refuseSets.filter((r) => r.verdict === "refused").length,
    refusedNamingTheCell: refuseSets.filter((r) => r.named).length,
    refuseSets: refuseSets.length,
  };
  if (opts.json) {
    console.log(JSON.stringify({ sets: rows, summary, asExpected }, null, 2));
  } else {
    const w = Math.max(...rows.map((r) => r.set.length));
    console.log(`${"set".padEnd(w)}  expect   exit  verdict     detail`);
    for (const r of rows)
      console.log(
        `${r.set.padEnd(w)}  ${r.expect.padEnd(7)}  ${String(r.exit).padStart(4)}  ${r.verdict.padEnd(10)}  ${r.detail}`,
      );
    console.log("");
    console.log(
      `read right: ${summary.readRight}   refused: ${summary.refused}   WRONG: ${summary.wrong}   (of ${rows.length})`,
    );
    console.log(
      `sets to read: ${asExpected.okReadRight}/${asExpected.okSets} read right; sets to refuse: ${asExpected.refusedAsExpected}/${asExpected.refuseSets} refused (${asExpected.refusedNamingTheCell} naming the expected cell)`,
    );
  }
  if (opts.strict && (summary.wrong > 0 || asExpected.okReadRight < asExpected.okSets)) process.exitCode = 1;
}

// Run only when executed, not when imported (the classification is tested on its own).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
