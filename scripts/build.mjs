// The build: `generated/` (the shipped templates, precompiled) and `dist/` (the package's code).
//
// dist/ is one set of CommonJS files, every module of the sources in exactly one of them:
//   launch.js   bin/thidua.js's entry: runs cli.js through V8's code cache (src/cli/cached-loader.ts)
//   cli.js      the CLI (src/cli/main.ts): commander and the code `--help` needs, nothing more
//   worker.js   the batch worker thread (src/batch/bloc-worker.ts); Node starts it and requires its
//               chunks itself, without the code cache: a batch starts a worker per core, not per bloc
//   chunks/     everything else, shared by the three, each `import()` of the sources its own chunk,
//               required only when that line runs: `--help` loads neither exceljs, handlebars nor zod
//   meta.json   which sources each file holds (the benchmark and test/cli/code-cache.test.ts read it)
// Dependencies are bundled in: a run reads a few files instead of resolving hundreds in node_modules.
//
// Why two passes: esbuild splits code into shared chunks only for ES modules, and Node 20 offers a
// code cache only to CommonJS (vm.Script), which saves a summarize about a fifth of its time. So
// esbuild bundles and splits as ES modules, in memory, then turns each file into CommonJS.
import { build, transform } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = fileURLToPath(new URL("../", import.meta.url));
const at = (path) => join(root, path);

// The shipped templates, precompiled: a summarize runs them with the Handlebars runtime alone, and
// the compiler loads only for a user's `--templates`. thidua's own TypeScript precompiles them (the
// same checks and options as at run time); src/render/handlebars/precompiled-templates.ts imports them.
const precompile = await tsImport("../src/render/handlebars/precompile-templates.ts", import.meta.url);
mkdirSync(at("generated"), { recursive: true });
writeFileSync(at("generated/shipped-templates.js"), await precompile.precompileShippedTemplates());
writeFileSync(at("generated/shipped-templates.d.ts"), precompile.SHIPPED_TEMPLATES_TYPES);

const { outputFiles, metafile } = await build({
  entryPoints: {
    launch: "src/cli/launch.ts",
    cli: "src/cli/main.ts",
    worker: "src/batch/bloc-worker.ts",
  },
  absWorkingDir: root,
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  write: false,
  metafile: true,
  logLevel: "warning",
});

rmSync(at("dist"), { recursive: true, force: true });
mkdirSync(at("dist/chunks"), { recursive: true });
// The nearest package.json says how Node loads a .js file: here (the worker thread, launch.js), CommonJS.
writeFileSync(at("dist/package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
for (const file of outputFiles) {
  const { code } = await transform(file.text, {
    format: "cjs",
    platform: "node",
    target: "node20",
    // Every import() of a chunk becomes a require(), which the code cache's loader serves.
    supported: { "dynamic-import": false },
    // import.meta.url (package-root.ts, version.ts, the worker's path) as an ES module would see it.
    define: { "import.meta.url": "__thiduaModuleUrl" },
    logLevel: "warning",
  });
  if (/\bimport\(/.test(code)) throw new Error(`${file.path}: an import() is left in the CommonJS output`);
  // Only where it is used: a file URL made in each of the 46 files a summarize loads is 1 ms.
  const moduleUrl = code.includes("__thiduaModuleUrl")
    ? "var __thiduaModuleUrl = require('node:url').pathToFileURL(__filename).href;\n"
    : "";
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, asciiOnly(moduleUrl + code, file.path));
}
writeFileSync(at("dist/meta.json"), JSON.stringify(metafile));

/**
 * The code with each character past ASCII written as a `\uXXXX` escape. esbuild escapes those in
 * strings but leaves them in regular expressions and comments; one such character makes Node read
 * the whole file as UTF-16 (twice the memory, and slower to decode and to collect). The escape means
 * the same character in a string, a template, a regular expression (with or without `u`: a
 * surrogate pair of escapes is one code point there), an identifier or a comment; only after a
 * backslash would it change the meaning (`\ắ` to `\\u1EAF`), so that is refused.
 */
function asciiOnly(code, path) {
  return code.replace(/(\\?)([^\p{ASCII}])/gu, (_, backslash, ch) => {
    if (backslash !== "")
      throw new Error(`${path}: an escaped non-ASCII character (${ch}) cannot be written as \\u`);
    // A character past U+FFFF is two UTF-16 units, each escaped.
    return ch.replace(/[^]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);
  });
}
