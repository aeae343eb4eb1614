// Draws docs/images/bang-xep-hang-terminal.png, the README's picture of the ranking table: the real
// output of `thidua summarize samples/cum-thi-dua-so-02.xlsx` in an 80-column terminal, colours
// included, set in Liberation Mono (installed with LibreOffice), which has every Vietnamese letter.
// DejaVu Sans Mono has not `ố`, `ề`, `ấ`… (U+1EA0–U+1EF9; `fc-list ':charset=1ed1:spacing=mono'`): the
// old picture's garbled diacritics were those letters drawn as a base letter and a spacing accent.
// The text becomes a flat OpenDocument whose page is the window; LibreOffice (Writer: the packages
// installed for the tests have no Draw) turns it into a PDF and pdftoppm into the PNG.
// Run: npx tsx scripts/make-terminal-picture.ts (after npm run build is not needed: it runs the sources).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runSummarize } from "../src/commands/summarize.js";
import { ANSI_COLORS } from "../src/cli/colors.js";
import type { Terminal } from "../src/cli/terminal.js";
import { escapeXml } from "../src/write/xml/escape-xml.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const COMMAND = "thidua summarize samples/cum-thi-dua-so-02.xlsx";
const COLUMNS = 80;

/** The command's stdout, with its colours, as a terminal of COLUMNS columns shows it. */
async function terminalOutput(work: string): Promise<string[]> {
  const lines: string[] = [];
  const term: Terminal = {
    color: ANSI_COLORS,
    out: (text) => lines.push(...text.split("\n")),
    err: () => undefined,
  };
  process.env.COLUMNS = String(COLUMNS);
  const cwd = process.cwd();
  process.chdir(work);
  try {
    const code = await runSummarize(term, [join(ROOT, "samples/cum-thi-dua-so-02.xlsx")], {
      out: "thidua-cum-thi-dua-so-02-2023",
    });
    if (code !== 0) throw new Error(`summarize exited ${code}`);
  } finally {
    process.chdir(cwd);
  }
  return [`$ ${COMMAND}`, ...lines];
}

const PALETTE: Record<number, string> = { 31: "#f47067", 32: "#8ddb8c", 33: "#e0b94f", 90: "#8b949e" };
const FOREGROUND = "#d1d7e0";

/** A line's runs of text and their style, from its ANSI SGR codes (bold, a few colours). */
function runs(line: string): { text: string; bold: boolean; color: string }[] {
  const out: { text: string; bold: boolean; color: string }[] = [];
  let bold = false;
  let color = FOREGROUND;
  // ESC [ n m, built from a string: a control character in a regular expression literal is a lint error.
  const sgr = new RegExp(`${String.fromCharCode(27)}\\[(\\d+)m`);
  for (const [i, part] of line.split(sgr).entries()) {
    if (i % 2 === 0) {
      if (part !== "") out.push({ text: part, bold, color });
      continue;
    }
    const code = Number(part);
    if (code === 1) bold = true;
    else if (code === 22) bold = false;
    else if (code === 39 || code === 0) color = FOREGROUND;
    else color = PALETTE[code] ?? color;
    if (code === 0) bold = false;
  }
  return out;
}

const FONT_SIZE = 10; // points
const LINE = FONT_SIZE * 1.25;
const MARGIN = 12;

/** Text for ODF: runs of spaces as `<text:s/>` (ODF collapses spaces otherwise). */
function odfText(text: string): string {
  return escapeXml(text).replace(/ {2,}/g, (spaces) => `<text:s text:c="${spaces.length}"/>`);
}

/**
 * The output as a flat OpenDocument text (.fodt) whose page is the terminal window: as wide as
 * COLUMNS characters of Liberation Mono (1229/2048 em each), as tall as the lines, dark.
 */
function fodtOf(lines: string[]): string {
  const styles = new Map<string, string>();
  const styleOf = (bold: boolean, color: string) => {
    const key = `${bold ? "b" : "n"}${color}`;
    if (!styles.has(key)) styles.set(key, `T${styles.size + 1}`);
    return styles.get(key) ?? "T0";
  };
  const paragraphs = lines
    .map((line) => {
      const spans = runs(line)
        .map((r) => `<text:span text:style-name="${styleOf(r.bold, r.color)}">${odfText(r.text)}</text:span>`)
        .join("");
      return `<text:p text:style-name="Terminal">${spans}</text:p>`;
    })
    .join("\n");
  const width = COLUMNS * FONT_SIZE * (1229 / 2048) + 2 * MARGIN + 2;
  const height = lines.length * LINE + 2 * MARGIN + 4;
  const spanStyles = [...styles]
    .map(([key, name]) => {
      const bold = key.startsWith("b") ? ' fo:font-weight="bold"' : "";
      return `<style:style style:name="${name}" style:family="text"><style:text-properties fo:color="${key.slice(1)}"${bold}/></style:style>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'" style:font-pitch="fixed"/></office:font-face-decls>
<office:styles><style:style style:name="Terminal" style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt" fo:line-height="${LINE}pt"/><style:text-properties style:font-name="Liberation Mono" fo:font-size="${FONT_SIZE}pt" fo:color="${FOREGROUND}" fo:hyphenate="false"/></style:style></office:styles>
<office:automatic-styles>${spanStyles}<style:page-layout style:name="Window"><style:page-layout-properties fo:page-width="${width}pt" fo:page-height="${height}pt" fo:margin-top="${MARGIN}pt" fo:margin-bottom="0pt" fo:margin-left="${MARGIN}pt" fo:margin-right="0pt" fo:background-color="#22272e"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Window"/></office:master-styles>
<office:body><office:text>
${paragraphs}
</office:text></office:body></office:document>
`;
}

function run(command: string, args: string[]): void {
  const done = spawnSync(command, args, { encoding: "utf8", timeout: 180_000 });
  if (done.status !== 0) throw new Error(`${command} failed: ${done.stderr}`);
}

const work = mkdtempSync(join(tmpdir(), "thidua-picture-"));
try {
  const document = join(work, "terminal.fodt");
  writeFileSync(document, fodtOf(await terminalOutput(work)));
  run("soffice", [
    `-env:UserInstallation=file://${join(work, "profile")}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    document,
  ]);
  run("pdftoppm", ["-png", "-r", "144", "-singlefile", join(work, "terminal.pdf"), join(work, "terminal")]);
  copyFileSync(join(work, "terminal.png"), join(ROOT, "docs/images/bang-xep-hang-terminal.png"));
  console.log("docs/images/bang-xep-hang-terminal.png");
} finally {
  rmSync(work, { recursive: true, force: true });
}
