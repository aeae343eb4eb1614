import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layout issue 14 asked for, kept so: no file imports itself back through others (type imports
 * and re-exports count, as they tie the files together for whoever reads them), and no source file
 * over 300 lines (style.md §8). The command edge (src/cli, src/commands) is kept apart by eslint.config.js.
 */

const SRC = resolve(import.meta.dirname, "../../src");
/** The scripts that build samples, fixtures and corpora: held to no cycle too (not to the line limit). */
const SCRIPTS = resolve(import.meta.dirname, "../../scripts");
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** `import … from "./x.js"`, `import type …`, `export … from`, and `import("./x.js")`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) =>
    resolve(dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts")),
  );
}

/** Every cycle found by a depth-first walk, each as the files it passes through, first file last again. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const files = sourceFiles(SRC);
const shown = (file: string) => relative(SRC, file);

describe("the source layout", () => {
  it("finds the files and their imports (the check below is not vacuous)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf(join(SRC, "pipeline/compute-result.ts")).map(shown)).toContain("rank/rank-units.ts");
  });

  it("sees a cycle where there is one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    expect(findCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
  });

  it("has no import cycle, in the sources or in the scripts", () => {
    const graph = new Map([...files, ...sourceFiles(SCRIPTS)].map((f) => [f, importsOf(f)]));
    const cycles = findCycles(graph).map((cycle) => cycle.map(shown).join(" → "));
    expect(cycles).toEqual([]);
  });

  it("has no source file over 300 lines", () => {
    const long = files.flatMap((f) => {
      const lines = readFileSync(f, "utf8").split("\n").length - 1;
      return lines > MAX_LINES ? [`${shown(f)}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
