// Bundles the CLI with esbuild, dependencies included: one ESM entry plus lazily loaded chunks, so
// that `thidua --help` loads only commander and chalk, the heavy libraries (exceljs, handlebars) load
// inside the commands, and no run pays for resolving hundreds of files in node_modules.
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
const { metafile } = await build({
  entryPoints: { cli: "src/cli/main.ts", worker: "src/batch/bloc-worker.ts" },
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
// Which package sources each output file holds: the benchmark checks that `--help` loads none of the heavy ones.
writeFileSync(new URL("../dist/meta.json", import.meta.url), JSON.stringify(metafile));
