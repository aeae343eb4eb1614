import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ThiduaError } from "../errors.js";
import { DOCUMENTS, type DocumentId } from "./document-ids.js";
import type { TemplateFile } from "./handlebars/template-environment.js";
import { shippedTemplatesDir } from "./package-root.js";

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function hbsFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".hbs")).sort();
}

/** The template files of a render: the requested documents' and every partial. */
export interface TemplateFiles {
  documents: TemplateFile[];
  partials: TemplateFile[];
}

// The shipped templates are the package's own files: read once per process, not once per bloc of a batch.
const shippedCache = new Map<string, TemplateFiles>();

/**
 * The template of each requested document and all partials: from `templatesDir` where it has the
 * file, else the shipped one (cli.md: `--templates` falls back per document and per partial).
 * Shipped files are shown as `templates/…` in messages; the user's by the path they gave.
 */
export async function loadTemplateFiles(
  ids: readonly DocumentId[],
  templatesDir?: string,
): Promise<TemplateFiles> {
  if (templatesDir !== undefined) return readTemplateFiles(ids, templatesDir);
  const key = ids.join(",");
  const cached = shippedCache.get(key) ?? (await readTemplateFiles(ids));
  shippedCache.set(key, cached);
  return cached;
}

async function readTemplateFiles(ids: readonly DocumentId[], templatesDir?: string): Promise<TemplateFiles> {
  const shipped = shippedTemplatesDir();
  if (templatesDir !== undefined) {
    const ok = await stat(templatesDir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!ok) throw new ThiduaError("usage", `không tìm thấy thư mục mẫu văn bản: ${templatesDir}`);
  }
  const pick = async (name: string): Promise<TemplateFile> => {
    const own = templatesDir === undefined ? null : join(templatesDir, name);
    const path = own !== null && (await isFile(own)) ? own : join(shipped, name);
    const display = path === own ? own : `templates/${name}`;
    return { name, display, source: await readFile(path, "utf8") };
  };
  // Two documents may share a template (the reports for flags and for certificates): loaded once.
  const names = [...new Set(ids.map((id) => DOCUMENTS[id].template))];
  const documents = await Promise.all(names.map(pick));
  const partialNames = new Set([
    ...(await hbsFiles(join(shipped, "partials"))),
    ...(templatesDir === undefined ? [] : await hbsFiles(join(templatesDir, "partials"))),
  ]);
  const partials = await Promise.all([...partialNames].sort().map((n) => pick(`partials/${n}`)));
  return { documents, partials };
}
