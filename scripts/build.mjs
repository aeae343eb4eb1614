// Bundles the CLI with esbuild, dependencies included, so that no run pays for resolving hundreds of
// files in node_modules: `thidua --help` loads only the CLI (commander, chalk), summarize its own
// bundle, and the heavy libraries (exceljs for init, the Handlebars compiler for --templates) load
// only inside the commands that use them.
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

// The shipped templates, precompiled: the CLI runs them with the Handlebars runtime alone, and loads
// the compiler only for a user's `--templates`. The precompiler is thidua's own TypeScript (the same
// checks and options as at run time), bundled to a scratch file inside the package and run here.
const cache = new URL("../node_modules/.cache/thidua/", import.meta.url);
mkdirSync(cache, { recursive: true });
const precompiler = new URL("precompile-templates.mjs", cache);
await build({
  entryPoints: ["src/render/handlebars/precompile-templates.ts"],
  outfile: precompiler.pathname,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const { precompileShippedTemplates } = await import(`${precompiler.href}?${Date.now()}`);
writeFileSync(
  new URL("../src/render/handlebars/shipped-templates.generated.js", import.meta.url),
  await precompileShippedTemplates(),
);
// The commands other than summarize and validate, and the batch worker, as ES modules sharing chunks.
const { metafile } = await build({
  entryPoints: {
    "commands/run-batch": "src/batch/run-batch.ts",
    "commands/init": "src/commands/init.ts",
    "commands/templates-export": "src/commands/templates-export.ts",
    worker: "src/batch/bloc-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies (exceljs, handlebars) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __thiduaRequire } from 'node:module'; const require = __thiduaRequire(import.meta.url);",
  },
  sourcemap: "linked",
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
});

// The CLI itself and summarize/validate, its hot path, as CommonJS bundles: the CLI runs them through
// V8's code cache (src/cli/load-cached-bundle.ts), which Node 20 offers to scripts, not to ES modules.
// `bin/thidua.js` (CommonJS) requires dist/launch.cjs, which runs dist/cli.cjs; that loads dist/core.cjs
// for summarize and validate, and imports dist/commands/*.js for the others (src/cli/command-modules.ts).
const script = {
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  define: {
    "import.meta.url": "__thiduaModuleUrl",
    __THIDUA_CORE_BUNDLE__: JSON.stringify("core.cjs"),
    __THIDUA_COMMANDS__: JSON.stringify("commands"),
  },
  banner: { js: "var __thiduaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: "linked",
  logLevel: "warning",
  metafile: true,
};
// In dist/cli.cjs the commands' source imports are never taken (the built ones are): kept out of it.
const commandsApart = {
  name: "commands-apart",
  setup(b) {
    b.onResolve({ filter: /(run-summarize|run-batch|commands\/init|templates-export)\.js$/ }, (args) =>
      args.kind === "dynamic-import" && args.importer.endsWith("command-modules.ts")
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};
const scripts = await Promise.all([
  build({ ...script, entryPoints: { launch: "src/cli/launch.ts" } }),
  build({ ...script, entryPoints: { cli: "src/cli/main.ts" }, plugins: [commandsApart] }),
  build({ ...script, entryPoints: { core: "src/cli/run-summarize.ts" } }),
]);
for (const built of scripts) {
  Object.assign(metafile.inputs, built.metafile.inputs);
  Object.assign(metafile.outputs, built.metafile.outputs);
}
// Which package sources each output file holds: the benchmark checks that `--help` loads none of the heavy ones.
writeFileSync(new URL("../dist/meta.json", import.meta.url), JSON.stringify(metafile));

// A training run makes the code caches of dist/cli.cjs and dist/core.cjs: the bytecode of everything
// one summarize compiles, so the first run of a fresh install starts warm. Failing it fails the build.
const { spawnSync } = await import("node:child_process");
const { mkdtempSync, readdirSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const sample = new URL("../samples/khoi-14/", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "thidua-build-"));
const training = spawnSync(
  process.execPath,
  [
    new URL("../bin/thidua.js", import.meta.url).pathname,
    "summarize",
    join(sample, "khoi-thi-dua.xlsx"),
    ...readdirSync(join(sample, "don-vi")).map((f) => join(sample, "don-vi", f)),
    "-o",
    out,
    "--quiet",
  ],
  { stdio: "inherit" },
);
rmSync(out, { recursive: true, force: true });
if (training.status !== 0) throw new Error(`the training run exited with ${training.status}`);
