// Bundles the CLI with esbuild, dependencies included: one ESM entry plus lazily loaded chunks, so
// that `thidua --help` loads only commander and chalk, the heavy libraries (exceljs, handlebars) load
// inside the commands, and no run pays for resolving hundreds of files in node_modules.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
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
