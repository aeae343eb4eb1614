// The speed and size targets of cli.md, measured on whole commands (`node bin/thidua.js …`), never in
// tests. Builds what it needs into a temporary folder, runs each command several times and prints
// median wall time, CPU time and peak memory (RSS of the whole process: worker threads included).
//
//   npm run bench                 # everything: 1 000-bloc batch included (a few minutes)
//   npm run bench -- --quick      # fewer runs, batches of 50 and 200 blocs
//   npm run bench -- --keep       # keep the temporary folder (its path is printed)
//   npm run bench -- --only help,bloc,batch,large,python
//
// `python` compares with scripts/baseline/summarize_openpyxl.py (openpyxl + python-docx) when a
// python3 with both is found (Debian: apt-get install python3-openpyxl python3-docx).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { setInterval, clearInterval } from "node:timers";
import { Buffer } from "node:buffer";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The CLI run: a snapshot of the fresh build (set in main), so a rebuild while the bench runs cannot break it. */
let BIN = join(ROOT, "bin/thidua.js");
/**
 * The environment of every CLI run: the code cache (src/cli/cached-loader.ts) in the work folder
 * (set in main), made by each series' warm-up run, so the figures do not depend on the user's cache.
 */
let ENV = { ...process.env, NO_COLOR: "1" };
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const keep = args.includes("--keep");
const onlyArg = args.find((a) => a.startsWith("--only"));
const only = onlyArg
  ? (onlyArg.includes("=") ? onlyArg.split("=")[1] : args[args.indexOf(onlyArg) + 1]).split(",")
  : null;
const wanted = (name) => only === null || only.includes(name);

const RUNS = quick ? { help: 5, bloc: 5, large: 1 } : { help: 10, bloc: 10, large: 3 };
// Memory rises over the first few hundred blocs (worker heaps and allocator arenas warming up) and then
// stays level: the full run compares 500 with 1 000 blocs, both past that, so growth per bloc would show.
const BATCH_SIZES = quick ? [50, 200] : [500, 1000];
const HEAVY = ["exceljs", "handlebars", "zod"];

// --- measuring a command ------------------------------------------------------------------------

const gnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;

/** Peak RSS of a running process from /proc (Linux without GNU time): the high-water mark, polled. */
function pollPeak(pid) {
  let peak = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    } catch {
      // The process has ended.
    }
  };
  const timer = setInterval(read, 20);
  return () => {
    clearInterval(timer);
    return peak > 0 ? peak : null;
  };
}

/**
 * Samples the resident memory (MB) of a running process every 250 ms, where /proc is readable; with
 * `throughChild`, of its first child (the command /usr/bin/time runs).
 */
function sampleRss(pid, throughChild) {
  const samples = [];
  const target = () =>
    throughChild ? readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0] : pid;
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${target()}/status`, "utf8"))?.[1] ?? 0);
      if (kb > 0) samples.push(kb / 1024);
    } catch {
      // Not Linux, or the process has ended.
    }
  }, 250);
  return () => {
    clearInterval(timer);
    return samples;
  };
}

/** Runs `node bin/thidua.js …args` once: wall seconds, CPU seconds, peak RSS in MB, exit code. */
function measure(cliArgs, { cwd = ROOT, expectStatus = 0, env = ENV } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = join(
      tmpdir(),
      `thidua-bench-time-${process.pid}-${Math.random().toString(16).slice(2)}`,
    );
    const command = gnuTime ? "/usr/bin/time" : process.execPath;
    const commandArgs = gnuTime
      ? ["-f", "%e %U %S %M", "-o", timeFile, process.execPath, BIN, ...cliArgs]
      : [BIN, ...cliArgs];
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, {
      cwd,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const stopPolling = gnuTime ? () => null : pollPeak(child.pid);
    const stopSampling = sampleRss(child.pid, gnuTime);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let cpu = null;
      let peakKb = stopPolling();
      const rss = stopSampling();
      if (gnuTime) {
        const [, user, sys, maxKb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4).map(Number);
        cpu = user + sys;
        peakKb = maxKb;
        void rm(timeFile, { force: true });
      }
      if (status !== expectStatus) {
        reject(
          new Error(
            `thidua ${cliArgs.join(" ")} exited ${status} (expected ${expectStatus}):\n${stderr.slice(-2000)}`,
          ),
        );
        return;
      }
      resolve({ wall, cpu, peakMb: peakKb === null ? null : peakKb / 1024, rss });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Runs a command `runs` times after one warm-up run (file cache, code cache). */
async function series(label, runs, makeArgs, options) {
  await measure(makeArgs(-1), options);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(makeArgs(i), options));
  const summary = {
    label,
    runs,
    wall: median(results.map((r) => r.wall)),
    cpu: results[0].cpu === null ? null : median(results.map((r) => r.cpu)),
    peakMb: results.some((r) => r.peakMb === null) ? null : Math.max(...results.map((r) => r.peakMb)),
  };
  console.error(`  ${label}: ${results.map((r) => r.wall.toFixed(3)).join(" ")} s`);
  return summary;
}

/** Wall time of a command, in seconds (it must succeed). */
function timed(argv) {
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, env: ENV, stdio: ["ignore", "ignore", "pipe"] });
  if (run.status !== 0)
    throw new Error(`${argv.join(" ")} exited ${run.status}:\n${String(run.stderr).slice(-2000)}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** A python3 that has openpyxl and python-docx (the system one on Debian), or null. */
function findPython() {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl, docx"], { stdio: "ignore" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

// --- inputs -----------------------------------------------------------------------------------

/** A bloc workbook in the usual layout (one score sheet per unit), with deterministic scores. */
async function makeBlocWorkbook(path, units, criteria) {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("Thông tin");
  const code = (i) => `DV${String(i + 1).padStart(3, "0")}`;
  for (const row of [
    ["Tên khối", `Khối thi đua thử ${units} đơn vị`],
    ["Loại", "Khối"],
    ["Năm", 2024],
    ["Cấp trên", "Hội đồng Thi đua - Khen thưởng tỉnh"],
    ["Địa danh", "Hải Dương"],
    ["Ngày họp", "15/01/2025"],
    ["Khối trưởng", code(0)],
    ["Khối phó", code(1)],
  ]) {
    info.addRow(row);
  }
  const unitSheet = wb.addWorksheet("Đơn vị");
  unitSheet.addRow(["STT", "Mã", "Tên đơn vị", "Xếp loại"]);
  for (let i = 0; i < units; i++)
    unitSheet.addRow([i + 1, code(i), `Đơn vị thử nghiệm số ${i + 1}`, "Hoàn thành xuất sắc nhiệm vụ"]);
  const criteriaSheet = wb.addWorksheet("Tiêu chí");
  criteriaSheet.addRow(["Mã", "Nội dung", "Điểm tối đa", "Loại", "Nhóm"]);
  for (let c = 0; c < criteria; c++) {
    criteriaSheet.addRow([
      `${c + 1}`,
      `Tiêu chí thử nghiệm số ${c + 1}`,
      10,
      "chuẩn",
      `Nhóm ${Math.floor(c / 10) + 1}`,
    ]);
  }
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < units; i++) {
    const sheet = wb.addWorksheet(code(i));
    sheet.addRow(["Mã tiêu chí", "Tự chấm"]);
    for (let c = 0; c < criteria; c++) sheet.addRow([`${c + 1}`, Math.round((6 + random() * 4) * 4) / 4]);
  }
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return [path];
}

/** The 14-unit × 30-criterion bloc: samples/khoi-14 (per-unit workbooks) when it is there. */
async function blocFiles(work) {
  const sample = join(ROOT, "samples/khoi-14");
  if (existsSync(join(sample, "khoi-thi-dua.xlsx"))) {
    const units = (await readdir(join(sample, "don-vi"))).filter((f) => f.endsWith(".xlsx")).sort();
    return {
      folder: sample,
      files: [join(sample, "khoi-thi-dua.xlsx"), ...units.map((u) => join(sample, "don-vi", u))],
      source: "samples/khoi-14",
    };
  }
  const folder = join(work, "khoi-14");
  await mkdir(folder, { recursive: true });
  return {
    folder,
    files: await makeBlocWorkbook(join(folder, "khoi-14.xlsx"), 14, 30),
    source: "generated 14 × 30 workbook",
  };
}

/**
 * `count` copies of the bloc folder, each a bloc folder of its own under its own `Tên khối`: batch
 * reports the same bloc (name and year) given twice as a duplicate instead of writing it again.
 */
async function batchFolder(work, bloc, count) {
  const dir = join(work, `batch-${count}`);
  const [blocWorkbook] = bloc.files;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(blocWorkbook);
  let nameCell = null;
  wb.getWorksheet("Thông tin")?.eachRow((row) => {
    if (row.getCell(1).text.trim() === "Tên khối") nameCell = row.getCell(2);
  });
  if (nameCell === null) throw new Error(`${blocWorkbook}: no "Tên khối" row`);
  const name = nameCell.text;
  for (let i = 1; i <= count; i++) {
    const copy = join(dir, `khoi-${String(i).padStart(4, "0")}`);
    await cp(bloc.folder, copy, { recursive: true });
    nameCell.value = `${name} - bản ${i}`;
    await writeFile(join(copy, basename(blocWorkbook)), Buffer.from(await wb.xlsx.writeBuffer()));
  }
  return dir;
}

// --- the checks -------------------------------------------------------------------------------

/**
 * The heavy packages a command loads: the CLI runs every file of dist/ as a vm.Script (the code
 * cache's loader), so a wrapper of vm.Script, preloaded, records the file each script comes from.
 */
async function loadedHeavy(work, cliArgs) {
  const preload = join(work, "record-scripts.cjs");
  const log = join(work, `loads-${Math.random().toString(16).slice(2)}.txt`);
  await writeFile(
    preload,
    `const { appendFileSync } = require("node:fs");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (typeof options?.filename === "string")
      appendFileSync(${JSON.stringify(log)}, pathToFileURL(options.filename).href + "\\n");
  }
};\n`,
  );
  const run = spawnSync(process.execPath, ["--require", preload, BIN, ...cliArgs], {
    cwd: work,
    encoding: "utf8",
    env: ENV,
  });
  const urls = existsSync(log) ? readFileSync(log, "utf8").split("\n") : [];
  return {
    status: run.status,
    heavy: HEAVY.filter((p) => loadedPackageSources(urls).some((u) => u.includes(`node_modules/${p}/`))),
  };
}

/**
 * The source files behind the loaded modules: dependencies are bundled into dist/, so a loaded chunk
 * is mapped back to the package files it holds through the build's metafile (dist/meta.json).
 */
function loadedPackageSources(urls) {
  const dist = join(dirname(BIN), "..", "dist");
  const meta = JSON.parse(readFileSync(join(dist, "meta.json"), "utf8"));
  const sources = [...urls];
  for (const url of urls) {
    const at = url.indexOf("/dist/");
    if (!url.startsWith("file://") || at < 0) continue;
    const output = meta.outputs[`dist/${url.slice(at + "/dist/".length)}`];
    if (output) sources.push(...Object.keys(output.inputs));
  }
  return sources;
}

const rows = [];
const fmt = (x, digits = 2) => (x === null || x === undefined ? "n/a" : x.toFixed(digits));
function report(what, target, measured, ok) {
  rows.push({ what, target, measured, ok });
}

async function main() {
  console.error(
    `thidua bench${quick ? " (quick)" : ""}: node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.error(`peak memory from ${gnuTime ? "/usr/bin/time (max RSS)" : "/proc VmHWM, polled"}`);
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
  const work = await mkdtemp(join(tmpdir(), "thidua-bench-"));
  try {
    const app = join(work, "app");
    for (const part of ["bin", "dist", "templates", "package.json"])
      await cp(join(ROOT, part), join(app, part), { recursive: true });
    await symlink(join(ROOT, "node_modules"), join(app, "node_modules"), "dir");
    BIN = join(app, "bin/thidua.js");
    ENV = { ...ENV, XDG_CACHE_HOME: join(work, "cache") };
    const bloc = await blocFiles(work);
    console.error(`bloc: ${bloc.source}; work folder ${work}`);

    if (wanted("help")) {
      const help = await series("--help", RUNS.help, () => ["--help"]);
      const version = await series("--version", RUNS.help, () => ["--version"]);
      const helpLoads = await loadedHeavy(work, ["--help"]);
      const versionLoads = await loadedHeavy(work, ["--version"]);
      // A positive control: the same hook must see a heavy library when a command does load one
      // (summarize compiles the Handlebars templates; `init` writes its workbook with exceljs).
      const control = await loadedHeavy(work, [
        "summarize",
        ...bloc.files,
        "-o",
        join(work, "control"),
        "--force",
      ]);
      const initControl = await loadedHeavy(work, ["init", join(work, "control-init"), "--force"]);
      const hookWorks = control.heavy.includes("handlebars") && initControl.heavy.includes("exceljs");
      const clean = helpLoads.heavy.length === 0 && versionLoads.heavy.length === 0 && hookWorks;
      report(
        "--help / --version load no exceljs, handlebars, zod",
        "none loaded",
        `--help: ${helpLoads.heavy.join(", ") || "none"}; --version: ${versionLoads.heavy.join(", ") || "none"} (controls: summarize ${control.heavy.join(", ") || "none"}; init ${initControl.heavy.join(", ") || "none"})`,
        clean,
      );
      report(
        "--help median",
        "(fast)",
        `${fmt(help.wall, 3)} s, cpu ${fmt(help.cpu, 3)} s, ${fmt(help.peakMb, 0)} MB`,
        true,
      );
      report(
        "--version median",
        "(fast)",
        `${fmt(version.wall, 3)} s, cpu ${fmt(version.cpu, 3)} s, ${fmt(version.peakMb, 0)} MB`,
        true,
      );
    }

    if (wanted("bloc")) {
      const out = join(work, "out-bloc");
      // The first run after an install or an upgrade: no code cache yet (it is written as this run ends).
      const first = await measure(["summarize", ...bloc.files, "-o", join(out, "first"), "--force"], {
        env: { ...ENV, XDG_CACHE_HOME: join(work, "cache-first") },
      });
      const s = await series("summarize 14 × 30", RUNS.bloc, (i) => [
        "summarize",
        ...bloc.files,
        "-o",
        join(out, String(i)),
        "--force",
      ]);
      report(
        "summarize, 14 units × 30 criteria, all documents",
        "median ≤ 0.35 s",
        `${fmt(s.wall, 3)} s (cpu ${fmt(s.cpu, 3)} s), ${fmt(s.peakMb, 0)} MB`,
        s.wall <= 0.35,
      );
      report(
        "the same, first run (empty code cache)",
        "(slower once)",
        `${fmt(first.wall, 3)} s (cpu ${fmt(first.cpu, 3)} s), ${fmt(first.peakMb, 0)} MB`,
        true,
      );
    }

    if (wanted("batch")) {
      const batch = [];
      for (const count of BATCH_SIZES) {
        const dir = await batchFolder(work, bloc, count);
        const out = join(work, `out-batch-${count}`);
        const r = await measure(["batch", dir, "-o", out, "--quiet"]);
        const written = (await readdir(out)).filter((f) => f.startsWith("khoi")).length;
        if (written !== count) throw new Error(`batch of ${count}: ${written} bloc folders written`);
        console.error(
          `  batch ${count}: ${r.wall.toFixed(1)} s, cpu ${fmt(r.cpu, 1)} s, ${fmt(r.peakMb, 0)} MB`,
        );
        batch.push({ count, ...r });
        await rm(out, { recursive: true, force: true });
        await rm(dir, { recursive: true, force: true });
      }
      const [small, large] = batch;
      const perBloc = large.wall / large.count;
      report(
        `batch ${large.count} blocs (default --jobs ${availableParallelism()})`,
        quick ? `(1 000 < 60 s: here ≈ ${fmt(perBloc * 1000, 0)} s)` : "< 60 s",
        `${fmt(large.wall, 1)} s (${fmt(perBloc * 1000, 0)} ms/bloc, cpu ${fmt(large.cpu, 1)} s)`,
        perBloc * 1000 < 60,
      );
      // Growth with the number of blocs, within the larger run: resident memory in its second half
      // against its first half (the first tenth, workers starting, left out). Peaks alone compare two
      // maxima of a level but jittery signal, and a longer run meets a higher jitter.
      const trace = large.rss.slice(Math.floor(large.rss.length / 10));
      const half = Math.floor(trace.length / 2);
      const firstHalf = trace.length >= 4 ? median(trace.slice(0, half)) : null;
      const secondHalf = trace.length >= 4 ? median(trace.slice(half)) : null;
      report(
        `batch memory: peak ${small.count} vs ${large.count} blocs; ${large.count}-bloc run, 1st vs 2nd half`,
        "< 300 MB, not growing",
        `peak ${fmt(small.peakMb, 0)} MB vs ${fmt(large.peakMb, 0)} MB; median ${fmt(firstHalf, 0)} MB vs ${fmt(secondHalf, 0)} MB`,
        large.peakMb !== null &&
          large.peakMb < 300 &&
          (secondHalf === null || firstHalf === null || secondHalf <= firstHalf * 1.1),
      );
    }

    if (wanted("python")) {
      const python = findPython();
      if (python === null) {
        console.error("  python: skipped, no python3 with openpyxl and python-docx");
      } else {
        const script = join(ROOT, "scripts/baseline/summarize_openpyxl.py");
        const count = quick ? 10 : 20;
        const dir = await batchFolder(work, bloc, count);
        const folders = (await readdir(dir)).sort().map((f) => join(dir, f));
        // Eleven pairs: with five, one noisy minute moved the ratio from 0.91 to 0.71 (2026-12-04).
        const runs = quick ? 3 : 11;
        const single = { thidua: [], python: [] };
        // One warm-up run of each (file cache; thidua's code cache).
        timed([process.execPath, BIN, "summarize", ...bloc.files, "-o", join(work, "py-t", "warm-up")]);
        timed([python, script, join(work, "py-p", "warm-up"), bloc.folder]);
        for (let i = 0; i < runs; i++) {
          // One bloc in a process of its own, then every bloc in one run; the two tools alternate.
          single.thidua.push(
            timed([process.execPath, BIN, "summarize", ...bloc.files, "-o", join(work, "py-t", String(i))]),
          );
          single.python.push(timed([python, script, join(work, "py-p", String(i)), bloc.folder]));
        }
        const many = {
          thidua: timed([process.execPath, BIN, "batch", dir, "-o", join(work, "py-tb"), "--quiet"]),
          python: timed([python, script, join(work, "py-pb"), ...folders]),
        };
        const perBloc = (w) => `${fmt((w / count) * 1000, 0)} ms`;
        const oneBloc = { thidua: median(single.thidua), python: median(single.python) };
        // Run by run: the two of a pair ran one after the other, so the machine's drift cancels out.
        const ratio = median(single.thidua.map((t, i) => t / single.python[i]));
        console.error(
          `  python baseline: one bloc ${fmt(oneBloc.python, 3)} s vs thidua ${fmt(oneBloc.thidua, 3)} s; ` +
            `${count} blocs ${fmt(many.python, 1)} s vs thidua ${fmt(many.thidua, 1)} s`,
        );
        report(
          "vs Python (openpyxl + python-docx): one bloc",
          "≤ 0.75× its time, producing more",
          `${fmt(ratio, 2)}× (median of ${runs} pairs): thidua ${fmt(oneBloc.thidua, 3)} s (4 documents + results workbook) vs ${fmt(oneBloc.python, 3)} s (1 document + 1 workbook)`,
          ratio <= 0.75,
        );
        report(
          `vs Python: ${count} blocs in one run`,
          "faster per bloc",
          `thidua batch ${perBloc(many.thidua)}/bloc vs ${perBloc(many.python)}/bloc`,
          many.thidua < many.python,
        );
      }
    }

    if (wanted("large")) {
      const file = join(work, "khoi-500x100.xlsx");
      await makeBlocWorkbook(file, 500, 100);
      const out = join(work, "out-large");
      const s = await series("summarize 500 × 100", RUNS.large, (i) => [
        "summarize",
        file,
        "-o",
        join(out, String(i)),
        "--force",
      ]);
      report(
        "summarize, 500 units × 100 criteria, all documents",
        "median < 5 s",
        `${fmt(s.wall, 2)} s (cpu ${fmt(s.cpu, 2)} s), ${fmt(s.peakMb, 0)} MB`,
        s.wall < 5,
      );
    }
  } finally {
    if (keep) console.error(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }

  console.log("");
  const width = Math.max(...rows.map((r) => r.what.length));
  const targetWidth = Math.max(...rows.map((r) => r.target.length));
  for (const r of rows)
    console.log(
      `${r.ok ? "ok  " : "MISS"}  ${r.what.padEnd(width)}  ${r.target.padEnd(targetWidth)}  ${r.measured}`,
    );
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(
        " ",
      )} (figures are wall time: other load on the machine inflates them; cpu is user + system time)`,
  );
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
