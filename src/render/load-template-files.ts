import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ThiduaError } from "../errors.js";
import { statOrNull } from "../read/stat-or-null.js";
import { DOCUMENTS, type DocumentId } from "./document-ids.js";
import type { TemplateFile } from "./handlebars/template-environment.js";
import { shippedTemplatesDir } from "./package-root.js";

/*
 * The calls are synchronous: a render reads about ten small files, and sending each through the
 * thread pool and back cost a summarize about 4 ms.
 */

const isFile = (path: string): boolean => statOrNull(path)?.isFile() === true;
const isFolder = (path: string): boolean => statOrNull(path)?.isDirectory() === true;

/** The `.hbs` files of a folder, by name; none when it cannot be read. */
function hbsFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(".hbs"))
      .sort();
  } catch {
    return [];
  }
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
export function loadTemplateFiles(ids: readonly DocumentId[], templatesDir?: string): TemplateFiles {
  if (templatesDir !== undefined) return readTemplateFiles(ids, templatesDir);
  const key = ids.join(",");
  const cached = shippedCache.get(key) ?? readTemplateFiles(ids);
  shippedCache.set(key, cached);
  return cached;
}

function readTemplateFiles(ids: readonly DocumentId[], templatesDir?: string): TemplateFiles {
  const shipped = shippedTemplatesDir();
  if (templatesDir !== undefined && !isFolder(templatesDir))
    throw new ThiduaError("usage", `không tìm thấy thư mục mẫu văn bản: ${templatesDir}`);
  const pick = (name: string): TemplateFile => {
    const own = templatesDir === undefined ? null : join(templatesDir, name);
    const path = own !== null && isFile(own) ? own : join(shipped, name);
    const display = path === own ? own : `templates/${name}`;
    return { name, display, source: readFileSync(path, "utf8") };
  };
  // Two documents may share a template (the reports for flags and for certificates): loaded once.
  const names = [...new Set(ids.map((id) => DOCUMENTS[id].template))];
  const documents = names.map(pick);
  const partialNames = new Set([
    ...hbsFiles(join(shipped, "partials")),
    ...(templatesDir === undefined ? [] : hbsFiles(join(templatesDir, "partials"))),
  ]);
  const partials = [...partialNames].sort().map((n) => pick(`partials/${n}`));
  return { documents, partials };
}
