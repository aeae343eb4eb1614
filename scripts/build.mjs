// Bundles the CLI with esbuild, dependencies included: one ESM entry plus lazily loaded chunks, so
// that `thidua --help` loads only commander and chalk, the heavy libraries (exceljs, handlebars) load
// inside the commands, and no run pays for resolving hundreds of files in node_modules.
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/main.ts", worker: "src/batch/bloc-worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies (exceljs, handlebars) call require() for Node built-ins.
  banner: { js: "import { createRequire as __thiduaRequire } from 'node:module'; const require = __thiduaRequire(import.meta.url);" },
  sourcemap: "linked",
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
});
