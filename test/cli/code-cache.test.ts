import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";
import ts from "typescript";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userCacheDir } from "../../src/cli/user-cache-dir.js";
import { ROOT } from "../helpers/run-cli.js";

const LOADER = join(ROOT, "src/cli/cached-loader.ts");

/**
 * Requires `file` through the cached loader in a fresh process (the cache is written when a process
 * ends): what the file's `answer()` returns and how each file was compiled, by name.
 */
function run(file: string, cacheDir: string): { value: unknown; states: Record<string, string> } {
  const script = `import { basename } from "node:path";
import { cachedLoader } from ${JSON.stringify(LOADER)};
const loader = cachedLoader(${JSON.stringify(cacheDir)});
const value = loader.require(${JSON.stringify(file)}).answer();
const states = Object.fromEntries([...loader.states].map(([f, s]) => [basename(f), s]));
console.log(JSON.stringify({ value, states }));`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout) as { value: unknown; states: Record<string, string> };
}

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

let dir: string;
let cache: string;

/** Writes an ES module of `dir` in the CommonJS form of the build (scripts/build.mjs). */
function writeModule(path: string, source: string): void {
  writeFileSync(join(dir, path), transformSync(source, { format: "cjs", platform: "node" }).code);
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-cache-"));
  cache = join(dir, "cache");
  mkdirSync(join(dir, "dist/chunks"), { recursive: true });
  // Two files as the build writes them (ES modules made CommonJS by esbuild): an entry that imports
  // a chunk twice, and the chunk.
  writeModule(
    "dist/cli.js",
    `import { basename } from "node:path";
import { name, runs } from "./chunks/a.js";
import { later, setLater } from "./chunks/a.js";
export const answer = () => { setLater("later"); return [name(), basename(__filename), runs, later].join(" "); };`,
  );
  writeModule(
    "dist/chunks/a.js",
    `export const runs = (globalThis.runs = (globalThis.runs ?? 0) + 1);
export const name = () => "a";
export let later;
export const setLater = (value) => { later = value; };`,
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("cachedLoader", () => {
  it("runs the files of a build once each, writes their cache at exit, and uses it the next time", () => {
    const cli = join(dir, "dist/cli.js");
    expect(run(cli, cache)).toEqual({
      value: "a cli.js 1 later",
      states: { "cli.js": "missing", "a.js": "missing" },
    });
    // One entry per file, in a folder per Node version.
    const entries = filesUnder(cache);
    expect(entries).toHaveLength(2);
    for (const entry of entries)
      expect(entry).toMatch(
        new RegExp(`^node-${process.version}-${process.arch}/[0-9a-f]{8}-\\d+-[0-9a-f]{8}\\.bin$`),
      );
    expect(run(cli, cache)).toEqual({
      value: "a cli.js 1 later",
      states: { "cli.js": "used", "a.js": "used" },
    });
    // Nothing is written beside the build.
    expect(filesUnder(join(dir, "dist"))).toEqual(["chunks/a.js", "cli.js"]);
  });

  it("never runs a cache made for other source: a changed file gets an entry of its own", () => {
    const cli = join(dir, "dist/cli.js");
    run(cli, cache);
    // Same length, other code: V8's own check would not see the difference, the name of the entry does.
    const chunk = join(dir, "dist/chunks/a.js");
    writeFileSync(chunk, readFileSync(chunk, "utf8").replace('"a"', '"b"'));
    expect(run(cli, cache)).toEqual({
      value: "b cli.js 1 later",
      states: { "cli.js": "used", "a.js": "missing" },
    });
    expect(run(cli, cache).states).toEqual({ "cli.js": "used", "a.js": "used" });
  });

  it("gives each installed copy of a file its own entry: its stack traces name its own path", () => {
    const source = 'exports.answer = () => new Error("x").stack.split("\\n")[1];\n';
    const copies = ["one", "two"].map((name) => join(dir, name, "cli.js"));
    for (const copy of copies) {
      mkdirSync(join(copy, ".."), { recursive: true });
      writeFileSync(copy, source);
    }
    for (const copy of copies) {
      expect(run(copy, cache).states).toEqual({ "cli.js": "missing" });
      const again = run(copy, cache);
      expect(again.states).toEqual({ "cli.js": "used" });
      expect(again.value).toContain(copy);
    }
  });

  it("compiles a file whose entry V8 rejects, and renews the entry", () => {
    const cli = join(dir, "dist/cli.js");
    run(cli, cache);
    const [folder] = readdirSync(cache);
    for (const entry of readdirSync(join(cache, folder ?? "")))
      writeFileSync(join(cache, folder ?? "", entry), "not a cache");
    expect(run(cli, cache)).toEqual({
      value: "a cli.js 1 later",
      states: { "cli.js": "rejected", "a.js": "rejected" },
    });
    expect(run(cli, cache).states).toEqual({ "cli.js": "used", "a.js": "used" });
  });

  it("runs without a cache where the cache folder cannot be made, and leaves nothing behind", () => {
    const cli = join(dir, "dist/cli.js");
    // A file where the cache folder would go: not a folder, and not replaceable by one (even for root).
    writeFileSync(cache, "in the way");
    expect(run(cli, cache)).toEqual({
      value: "a cli.js 1 later",
      states: { "cli.js": "missing", "a.js": "missing" },
    });
    expect(run(cli, cache).states).toEqual({ "cli.js": "missing", "a.js": "missing" });
    expect(filesUnder(dir)).toEqual(["cache", "dist/chunks/a.js", "dist/cli.js"]);
  });
});

describe("the sources, as the loader copies exports", () => {
  // cachedLoader hands out a module's exports as the values they have once it has run: an exported
  // variable that a module reassigns later would be seen stale from another chunk.
  it("export no variable (let or var)", () => {
    const files = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const exported = files.flatMap((file) => {
      const source = ts.createSourceFile(
        file,
        readFileSync(join(ROOT, "src", file), "utf8"),
        ts.ScriptTarget.ES2022,
      );
      const variables = new Set<string>();
      const names: string[] = [];
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const)
          continue;
        const isExported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
        for (const d of statement.declarationList.declarations) {
          const name = d.name.getText(source);
          if (isExported) names.push(name);
          variables.add(name);
        }
      }
      for (const statement of source.statements)
        if (
          ts.isExportDeclaration(statement) &&
          statement.exportClause &&
          ts.isNamedExports(statement.exportClause)
        )
          for (const e of statement.exportClause.elements)
            if (variables.has((e.propertyName ?? e.name).text)) names.push(e.name.text);
      return names.map((name) => `${file}: ${name}`);
    });
    expect(files.length).toBeGreaterThan(100);
    expect(exported).toEqual([]);
  });
});

describe("userCacheDir", () => {
  it.each([
    ["linux", {}, "/home/an/.cache/thidua"],
    ["linux", { XDG_CACHE_HOME: "/var/cache/an" }, "/var/cache/an/thidua"],
    // The XDG rule: a relative path is ignored.
    ["linux", { XDG_CACHE_HOME: "cache" }, "/home/an/.cache/thidua"],
    ["freebsd", {}, "/home/an/.cache/thidua"],
    ["darwin", { XDG_CACHE_HOME: "/var/cache/an" }, "/home/an/Library/Caches/thidua"],
    [
      "win32",
      { LOCALAPPDATA: "C:\\Users\\an\\AppData\\Local" },
      "C:\\Users\\an\\AppData\\Local\\thidua\\Cache",
    ],
  ] as const)("on %s with %j: %s", (platform, env, expected) => {
    const home = platform === "win32" ? "C:\\Users\\an" : "/home/an";
    expect(userCacheDir(platform, env, home)).toBe(expected);
  });
});

describe("the built package", () => {
  interface Meta {
    inputs: Record<string, unknown>;
    outputs: Record<
      string,
      { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }
    >;
  }
  const meta = () => JSON.parse(readFileSync(join(ROOT, "dist/meta.json"), "utf8")) as Meta;

  it("bundles each module of the sources and dependencies once (one ThiduaError, one temp-file registry)", () => {
    const { outputs } = meta();
    const seen = new Map<string, string[]>();
    for (const [output, { inputs }] of Object.entries(outputs))
      for (const input of Object.keys(inputs)) seen.set(input, [...(seen.get(input) ?? []), output]);
    expect([...seen].filter(([, outs]) => outs.length > 1)).toEqual([]);
    expect(seen.get("src/errors.ts")).toHaveLength(1);
    expect(seen.get("src/write/in-flight-temp-files.ts")).toHaveLength(1);
  });

  it("keeps exceljs, handlebars and zod out of what `--help` loads (the CLI and what it requires up front)", () => {
    const { outputs } = meta();
    const upFront = new Set<string>();
    const visit = (output: string) => {
      if (upFront.has(output)) return;
      upFront.add(output);
      for (const i of outputs[output]?.imports ?? [])
        if (i.kind === "import-statement" && i.path.startsWith("dist/")) visit(i.path);
    };
    visit("dist/launch.js");
    visit("dist/cli.js");
    const inputs = [...upFront].flatMap((o) => Object.keys(outputs[o]?.inputs ?? {}));
    expect(inputs.filter((i) => /node_modules\/(exceljs|handlebars|zod)\//.test(i))).toEqual([]);
    // The check sees them where they are: summarize's and init's chunks.
    const all = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    for (const name of ["exceljs", "handlebars", "zod"])
      expect(all.some((i) => i.includes(`node_modules/${name}/`))).toBe(true);
  });

  it("is ASCII throughout (Node then reads each file as one-byte text), its Vietnamese patterns unchanged", async () => {
    const dist = join(ROOT, "dist");
    const files = filesUnder(dist).filter((f) => f.endsWith(".js"));
    expect(files.filter((f) => /[^\p{ASCII}]/u.test(readFileSync(join(dist, f), "latin1")))).toEqual([]);
    // Patterns with Vietnamese letters (escaped by the build) give what the sources give.
    const built = (input: string) => {
      const [output] = Object.entries(meta().outputs).find(([, o]) => input in o.inputs) ?? [];
      return createRequire(import.meta.url)(join(ROOT, output ?? "")) as Record<string, unknown>;
    };
    const cells = await import("../../src/validate/cell-values.js");
    const numbering = await import("../../src/validate/table/numbering.js");
    const builtParse = built("src/validate/cell-values.ts").parseNumberText as typeof cells.parseNumberText;
    const builtNumbering = built("src/validate/table/numbering.ts")
      .leadingNumbering as typeof numbering.leadingNumbering;
    for (const text of ["9,5 điểm", "10 Điểm.", "7đ", "8 đ.", "6 diem", "5 điểmm"])
      expect([text, builtParse(text)]).toEqual([text, cells.parseNumberText(text)]);
    expect(builtParse("9,5 điểm")).toBe(9.5);
    for (const label of ["Phần II: Công tác", "Mục 3. Khác", "đ) Điểm cộng", "• Ý kiến", "Đ. Mục"])
      expect([label, builtNumbering(label)]).toEqual([label, numbering.leadingNumbering(label)]);
  });

  it("is CommonJS throughout, and a run writes its code cache in the user's cache folder, not the package", () => {
    const dist = join(ROOT, "dist");
    const before = filesUnder(dist);
    expect(JSON.parse(readFileSync(join(dist, "package.json"), "utf8"))).toEqual({ type: "commonjs" });
    const home = join(dir, "home");
    const child = spawnSync(process.execPath, [join(ROOT, "bin/thidua.js"), "--version"], {
      encoding: "utf8",
      env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(dir, "xdg") },
    });
    expect(child.status).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(child.stdout.trim()).toBe(version);
    expect(filesUnder(join(dir, "xdg", "thidua")).length).toBeGreaterThan(0);
    expect(filesUnder(dist)).toEqual(before);
  });
});
