// A stand-in for LibreOffice's `soffice` in the --pdf tests: logs each call's arguments (one JSON line
// per call) and writes a tiny PDF for each .docx into --outdir, or fails like a broken LibreOffice.
// Called as: node fake-soffice.mjs <log file> <ok|fail> <soffice arguments…>
import { appendFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const [log = "", mode = "ok", ...args] = process.argv.slice(2);
appendFileSync(log, `${JSON.stringify(args)}\n`);
if (mode === "fail") {
  process.stderr.write("Error: source file could not be loaded\n");
  process.exit(1);
}
const outdir = args[args.indexOf("--outdir") + 1] ?? ".";
for (const arg of args) {
  if (arg.endsWith(".docx"))
    writeFileSync(join(outdir, basename(arg).replace(/\.docx$/, ".pdf")), `%PDF-1.4\n% ${basename(arg)}\n`);
}
