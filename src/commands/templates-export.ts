import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Terminal } from "../cli/terminal.js";
import { ThiduaError } from "../errors.js";
import { shippedTemplatesDir } from "../render/package-root.js";

/** The shipped template files, relative to the templates folder: documents, partials, README. */
async function shippedFiles(root: string): Promise<string[]> {
  const top = await readdir(root);
  const partials = await readdir(join(root, "partials")).catch(() => [] as string[]);
  return [
    ...top.filter((n) => n.endsWith(".hbs") || n === "README.md").sort(),
    ...partials
      .filter((n) => n.endsWith(".hbs"))
      .sort()
      .map((n) => `partials/${n}`),
  ];
}

/**
 * `thidua templates export <dir>`: copies the shipped templates (and their README) out for
 * editing. Existing files are not overwritten without `force` (cli.md: nothing lost); the error
 * names them all. Returns the written paths.
 */
export async function exportTemplates(dir: string, options: { force: boolean }): Promise<string[]> {
  const root = shippedTemplatesDir();
  const files = await shippedFiles(root);
  const targets = files.map((f) => join(dir, f));
  if (!options.force) {
    const existing: string[] = [];
    for (const target of targets)
      if (
        await stat(target).then(
          () => true,
          () => false,
        )
      )
        existing.push(target);
    if (existing.length > 0) {
      throw new ThiduaError(
        "output",
        `các tệp đã có, không ghi đè (dùng --force để ghi đè): ${existing.join(", ")}`,
      );
    }
  }
  for (const [i, file] of files.entries()) {
    const target = targets[i] ?? join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(root, file), target);
  }
  return targets;
}

/** `thidua templates export` from the command line: copies the templates, says how many and where. */
export async function runTemplatesExport(
  term: Terminal,
  dir: string,
  options: { force?: boolean },
): Promise<number> {
  const files = await exportTemplates(dir, { force: options.force === true });
  term.out(`Đã chép ${files.length} tệp mẫu vào ${dir}`);
  return 0;
}
