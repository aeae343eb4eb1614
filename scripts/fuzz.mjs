// Fuzzes the built CLI with mutated workbooks: the fixture and sample workbooks with their cell
// values, cell types, sheet names, zip bytes and lengths changed at random, then `thidua summarize`
// or `thidua validate` run on each with a timeout. A finding is a crash (a stack trace or the
// internal-error line), a hang, an exit code outside 0–3, or `--json` output that is not one JSON
// document. Not part of `npm test`: run it for a while after changing the reader or the validator.
//
//   npm run build && npm run fuzz -- --iterations 500 --seed 42
//   node scripts/fuzz.mjs --seed 42 --only 17        # replays iteration 17 of seed 42
//
// Options: --iterations N (200), --seed S (from the clock), --only I, --jobs J (CPUs),
// --timeout MS (30000), --keep DIR (where failing inputs are saved; default a temp folder).
import { Buffer } from "node:buffer";
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const iterations = Number(option("iterations", "200"));
const seed = Number(option("seed", String(Date.now() % 1_000_000)));
const only = option("only", null);
const jobs = Number(option("jobs", String(availableParallelism())));
const timeout = Number(option("timeout", "30000"));
const keep = option("keep", null) ?? mkdtempSync(join(tmpdir(), "thidua-fuzz-findings-"));

if (!existsSync(join(ROOT, "dist/cli.js"))) {
  console.error("dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}
// A private copy of the build: a rebuild while the fuzzer runs (it empties dist/) would otherwise
// show up as crashes. Under node_modules/ so the copy still resolves the package's dependencies
// and finds thidua's package.json (and templates/) by walking up.
const SNAPSHOT = join(ROOT, "node_modules/.cache/thidua-fuzz", String(process.pid));
cpSync(join(ROOT, "dist"), join(SNAPSHOT, "dist"), { recursive: true });
cpSync(join(ROOT, "bin"), join(SNAPSHOT, "bin"), { recursive: true });
const BIN = join(SNAPSHOT, "bin/thidua.js");
process.on("SIGINT", () => {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  process.exit(130);
});

// --- seeded randomness: iteration i of seed s is always the same input -----------------------

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function rngFor(iteration) {
  const r = mulberry32((seed * 1_000_003 + iteration * 7919) | 0);
  const int = (n) => Math.floor(r() * n);
  const pick = (list) => list[int(list.length)];
  return { r, int, pick };
}

// --- a small zip reader and writer (deflate via node:zlib) ------------------------------------

function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + size);
    if (!name.endsWith("/"))
      entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function zip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const body = deflateRawSync(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(head, nameBytes, body);
    central.push(dir, nameBytes);
    offset += head.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

// --- mutations --------------------------------------------------------------------------------

const VALUES = [
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-0",
  "0",
  "-5",
  "999999999999",
  "1e-320",
  "9.999999999999999",
  "0.001",
  "12,345.5",
  "95,5",
  " 95.50 ",
  "∞",
  "",
  " ",
  "\u00a0",
  "x",
  "TRUE",
  "#REF!",
  "#DIV/0!",
  "{{constructor}}",
  "{{#each units}}{{/each}}",
  "{{> bao-cao}}",
  "</w:t><w:p>",
  "<script>",
  "&amp;",
  "&#0;",
  "../../x",
  "/etc/passwd",
  "C:\\Windows",
  "CON",
  "a".repeat(40_000),
  "Tổng",
  "Tổng cộng",
  "Cộng",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Cờ thi đua; Bằng khen;;",
  "Không",
  "x",
  "0.72",
  "72%",
  "150%",
  "31/02/2024",
  "00/00/0000",
  "2024-13-45",
  "16/01/2024",
  "9999-12-31",
  "\u202eRTL",
  "e\u0301",
  "\ud800",
  "BTL",
  "CA",
  "BQL",
  "1.1",
  "2.2",
  "T",
  "TR",
  "chỉ định",
  "theo xếp hạng",
  "vòng tròn",
  "Đảng",
  "Cụm",
];
const XML_VALUES = [
  "1e309",
  "NaN",
  "-1",
  "0",
  "1e300",
  "-1e-300",
  "abc",
  "",
  "4294967296",
  "9007199254740993",
  "1.5",
  "2",
];
const CELL_TYPES = ["s", "n", "b", "e", "str", "inlineStr", "d", "zzz", ""];
const ATTR_VALUES = [
  "0",
  "-1",
  "1",
  "1048576",
  "1048577",
  "99999999999",
  "A",
  "XFD1",
  "ZZZZ9",
  "",
  "1:1",
  "A1:XFD1048576",
  "2000000000",
  "4294967294",
  "rId1",
  "rId99",
  "../x.xml",
  "worksheets/sheet1.xml",
  "/xl/styles.xml",
];

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One change to the text of one XML part; returns the new text. */
function mutateXml(rng, text) {
  const { int, pick } = rng;
  const choices = [
    // a value becomes another number or text
    () => text.replace(/<v>[^<]*<\/v>/g, (m) => (int(4) === 0 ? `<v>${pick(XML_VALUES)}</v>` : m)),
    // a shared or inline string becomes an odd text
    () =>
      text.replace(/<t( [^>]*)?>[^<]*<\/t>/g, (m) =>
        int(3) === 0 ? `<t xml:space="preserve">${escapeXml(pick(VALUES))}</t>` : m,
      ),
    // a cell changes type
    () =>
      text.replace(/<c ([^>]*?)t="[^"]*"/g, (m, a) => (int(3) === 0 ? `<c ${a}t="${pick(CELL_TYPES)}"` : m)),
    () =>
      text.replace(/<c r="([A-Z]+\d+)"( s="\d+")?>/g, (m, r) =>
        int(4) === 0 ? `<c r="${r}" t="${pick(CELL_TYPES)}">` : m,
      ),
    // an attribute gets an odd value
    () =>
      text.replace(
        / (r|ref|sqref|s|spans|sheetId|count|min|max|r:id|Id|Target|xfId|numFmtId|fontId|dxfId|si|t|name|localSheetId)="[^"]*"/g,
        (m, a) => (int(6) === 0 ? ` ${a}="${pick(ATTR_VALUES)}"` : m),
      ),
    // a sheet is renamed, emptied or doubled
    () =>
      text.replace(/<sheet ([^>]*?)name="[^"]*"/g, (m, a) =>
        int(2) === 0 ? `<sheet ${a}name="${escapeXml(pick(VALUES).slice(0, 40))}"` : m,
      ),
    // a formula loses its cached value, or a value becomes a formula
    () => text.replace(/<f>([^<]*)<\/f><v>[^<]*<\/v>/g, "<f>$1</f>"),
    () =>
      text.replace(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/g, (m, r, a) =>
        int(4) === 0 ? `<c r="${r}"${a}><f>1/0</f></c>` : m,
      ),
    // a row is copied, a row or cell dropped
    () => text.replace(/<row [^>]*>.*?<\/row>/g, (m) => (int(5) === 0 ? m + m : m)),
    () => text.replace(/<row [^>]*>.*?<\/row>/g, (m) => (int(6) === 0 ? "" : m)),
    () => text.replace(/<c [^>]*>.*?<\/c>/g, (m) => (int(8) === 0 ? "" : m)),
    // merges appear
    () =>
      text.replace(
        "</sheetData>",
        `</sheetData><mergeCells count="1"><mergeCell ref="${pick(["A1:B2", "A2:A9", "B1:B1", "A1:D3", "C2:C4"])}"/></mergeCells>`,
      ),
    // the text is cut anywhere
    () => text.slice(0, int(text.length + 1)),
    // a chunk of the text is repeated
    () => {
      const a = int(text.length);
      const b = Math.min(text.length, a + int(400));
      return text.slice(0, b) + text.slice(a, b).repeat(1 + int(5)) + text.slice(b);
    },
  ];
  return pick(choices)();
}

/** A mutated workbook: XML-level edits (zip rebuilt), entry-level edits, or raw byte damage. */
function mutate(rng, original) {
  const { r, int, pick } = rng;
  const kind = r();
  if (kind < 0.65) {
    const entries = unzip(original);
    const rounds = 1 + int(4);
    for (let i = 0; i < rounds; i++) {
      const xml = entries.filter((e) => /\.(xml|rels)$/.test(e.name));
      const entry = pick(xml);
      if (!entry) break;
      entry.data = Buffer.from(mutateXml(rng, entry.data.toString("utf8")), "utf8");
    }
    return { how: `xml×${rounds}`, bytes: zip(entries) };
  }
  if (kind < 0.8) {
    const entries = unzip(original);
    const choice = int(4);
    if (choice === 0)
      entries.splice(int(entries.length), 1); // a part is missing
    else if (choice === 1)
      entries.push({ ...pick(entries) }); // a part twice
    else if (choice === 2)
      pick(entries).name = pick([
        "xl/worksheets/sheet99.xml",
        "/xl/workbook.xml",
        "XL/WORKBOOK.XML",
        "xl/media/x.png",
        "xl/worksheets/sheet1.xml",
      ]);
    else pick(entries).data = Buffer.alloc(int(3) * 1000, int(256)); // a part replaced by junk
    return { how: `entries:${choice}`, bytes: zip(entries) };
  }
  const bytes = Buffer.from(original);
  const choice = int(4);
  if (choice === 0) return { how: "truncate", bytes: bytes.subarray(0, int(bytes.length)) };
  if (choice === 1) {
    for (let i = 0, n = 1 + int(20); i < n; i++) bytes[int(bytes.length)] = int(256);
    return { how: "bytes", bytes };
  }
  if (choice === 2) {
    const at = int(bytes.length);
    return {
      how: "insert",
      bytes: Buffer.concat([bytes.subarray(0, at), Buffer.alloc(1 + int(64), int(256)), bytes.subarray(at)]),
    };
  }
  const at = int(bytes.length);
  return { how: "delete", bytes: Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + int(64))]) };
}

/** A random `--rules` file: sometimes sensible, sometimes not JSON at all. */
function rulesText(rng) {
  const { int, pick } = rng;
  const value = () =>
    pick([
      1,
      -1,
      0,
      1e300,
      "all",
      "hai",
      true,
      null,
      [],
      {},
      [1, "x"],
      { min: 90, label: "Xuất sắc" },
      "x".repeat(10_000),
    ]);
  const keys = [
    "tieBreakers",
    "bonusCap",
    "classes",
    "flag",
    "flag.count",
    "governmentFlag",
    "certificate.count",
    "voteThreshold",
    "awards.flag.name",
    "legalBases",
    "__proto__",
    "constructor",
    "x",
  ];
  const obj = {};
  for (let i = 0, n = 1 + int(4); i < n; i++) obj[pick(keys)] = value();
  const text = JSON.stringify(obj);
  if (int(6) === 0)
    return pick([
      '{"bonusCap": 1e309}',
      '{"voteThreshold": -1e309}',
      '{"flag": {"count": 1e400}}',
      "[".repeat(100_000),
    ]);
  return int(5) === 0 ? text.slice(0, int(text.length)) : text;
}

// --- running -----------------------------------------------------------------------------------

function seeds() {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".xlsx")) out.push(path);
    }
  };
  walk(join(ROOT, "test/fixtures"));
  walk(join(ROOT, "samples"));
  return out.sort();
}

function run(args, cwd) {
  return new Promise((resolve) => {
    const started = Date.now();
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd,
        timeout,
        killSignal: "SIGKILL",
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        // The copy's code cache beside it, removed with it (entries are made per path of a build;
        // XDG_CACHE_HOME is read on Linux, elsewhere they go to the user's cache folder).
        env: { ...process.env, NO_COLOR: "1", XDG_CACHE_HOME: join(SNAPSHOT, "cache") },
      },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ status, signal: error?.signal ?? null, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

/** What is wrong with a run, or null. */
function verdict(result, json) {
  if (result.status === null)
    return result.signal === "SIGKILL" ? `hang (killed after ${timeout} ms)` : `killed by ${result.signal}`;
  if (result.status < 0 || result.status > 3) return `exit code ${result.status}`;
  if (/\n\s+at /.test(result.stderr) || /Lỗi nội bộ/.test(result.stderr)) return "crash (stack trace)";
  if (json) {
    try {
      JSON.parse(result.stdout);
    } catch {
      return "--json output is not one JSON document";
    }
  }
  return null;
}

/** The bloc workbook first, then its per-unit workbooks, when `file` belongs to such a folder. */
function groupOf(file) {
  const folder = dirname(file);
  const top = basename(folder) === "don-vi" ? dirname(folder) : folder;
  const bloc = ["bloc.xlsx", "khoi-thi-dua.xlsx"].map((n) => join(top, n)).find((f) => seedBytes.has(f));
  if (bloc === undefined) return [file];
  const units = [...seedBytes.keys()].filter(
    (f) => f !== bloc && (dirname(f) === top || dirname(f) === join(top, "don-vi")),
  );
  return [bloc, ...units];
}

const inputs = seeds();
if (inputs.length === 0) {
  console.error("no seed workbooks found under test/fixtures or samples");
  process.exit(2);
}
const seedBytes = new Map(inputs.map((f) => [f, readFileSync(f)]));

async function iteration(i) {
  const rng = rngFor(i);
  const source = rng.pick(inputs);
  const { how, bytes } = mutate(rng, seedBytes.get(source));
  const command = rng.int(3) === 0 ? "validate" : "summarize";
  const json = rng.int(2) === 0;
  const dir = mkdtempSync(join(tmpdir(), "thidua-fuzz-"));
  try {
    // A per-unit workbook, or a bloc that has them, runs with its whole group, one file mutated.
    const group = groupOf(source);
    const files = group.map((member) => {
      const path = join(dir, member === source ? "" : "ban-goc", basename(member));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, member === source ? bytes : seedBytes.get(member));
      return path;
    });
    const args = [command, ...files];
    if (rng.int(6) === 0) {
      writeFileSync(join(dir, "rules.json"), rulesText(rng));
      args.push("--rules", join(dir, "rules.json"));
    }
    if (command === "summarize") args.push("-o", join(dir, "out"));
    if (json) args.push("--json");
    const result = await run(args, dir);
    const problem = verdict(result, json);
    if (problem === null) return { i, status: result.status, ms: result.ms, how, source: basename(source) };
    mkdirSync(keep, { recursive: true });
    const saved = join(keep, `seed-${seed}-iteration-${i}.xlsx`);
    writeFileSync(saved, bytes);
    if (args.includes("--rules")) writeFileSync(`${saved}.rules.json`, readFileSync(join(dir, "rules.json")));
    const excerpt = (result.stderr || result.stdout).trim().split("\n").slice(0, 12).join("\n    ");
    return {
      i,
      status: result.status,
      ms: result.ms,
      finding: {
        problem,
        how,
        source: basename(source),
        command: args.map((a) => a.replace(dir, "<tmp>")).join(" "),
        saved,
        excerpt,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const todo = only !== null ? [Number(only)] : Array.from({ length: iterations }, (_, i) => i);
const findings = [];
const exits = new Map();
let done = 0;
let slowest = 0;
/** The slowest runs: not findings, but where an input that costs too much would show first. */
const slow = [];
const started = Date.now();
async function worker() {
  for (let next = todo.shift(); next !== undefined; next = todo.shift()) {
    const r = await iteration(next);
    done++;
    exits.set(r.status, (exits.get(r.status) ?? 0) + 1);
    slowest = Math.max(slowest, r.ms);
    slow.push(r);
    slow.sort((a, b) => b.ms - a.ms);
    slow.length = Math.min(slow.length, 3);
    if (r.finding) {
      findings.push(r);
      const f = r.finding;
      console.log(
        `\nFINDING seed ${seed} iteration ${r.i}: ${f.problem}\n  input: ${f.source} mutated (${f.how}), saved as ${f.saved}\n  run: thidua ${f.command}\n  replay: node scripts/fuzz.mjs --seed ${seed} --only ${r.i}\n    ${f.excerpt}`,
      );
    } else if (process.stderr.isTTY) {
      process.stderr.write(`\r${done}/${done + todo.length} iterations, ${findings.length} findings`);
    }
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
const summary = [...exits]
  .sort()
  .map(([s, n]) => `exit ${s}: ${n}`)
  .join(", ");
console.log(
  `\nseed ${seed}: ${done} iterations in ${Math.round((Date.now() - started) / 1000)} s (${summary}; slowest run ${slowest} ms), ${findings.length} findings${findings.length ? ` (inputs in ${keep})` : ""}`,
);
for (const r of slow) {
  console.log(
    `  slow: iteration ${r.i} (${r.source ?? "?"}, ${r.how ?? "?"}) took ${r.ms} ms, exit ${r.status}`,
  );
}
if (findings.length === 0 && option("keep", null) === null) rmSync(keep, { recursive: true, force: true });
rmSync(SNAPSHOT, { recursive: true, force: true });
process.exitCode = findings.length > 0 ? 1 : 0;
