// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks, so that `thidua --help`
// loads only commander and heavy libraries (exceljs, docx, handlebars) load inside the commands.
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
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
});
