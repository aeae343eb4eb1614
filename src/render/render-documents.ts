import { ThiduaError } from "../errors.js";
import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import { buildViewModel } from "../view/build-view-model.js";
import { DOCUMENT_IDS, DOCUMENTS, isDocumentId, type DocumentId } from "./document-ids.js";
import { buildDocx } from "./ooxml/build-docx.js";
import { precompiledTemplates } from "./handlebars/precompiled-templates.js";
import type { CompiledTemplates, TemplateFile } from "./handlebars/template-environment.js";
import { loadTemplateFiles } from "./load-template-files.js";
import { withModules } from "../lazy/module-needed.js";
import { buildDocumentStructure } from "./markup/build-document-structure.js";
import type { DocumentNode } from "./markup/document-structure.js";
import { parseMarkup } from "./markup/parse-markup.js";

export { DOCUMENT_IDS, type DocumentId } from "./document-ids.js";

/** Options of `renderDocuments`: a folder of changed templates, and which documents to render. */
export interface RenderOptions {
  templatesDir?: string;
  only?: readonly DocumentId[];
  /** `--prev`: last year's standing, shown beside this year's in the report's table. */
  prev?: PrevYear | null;
}

/** A rendered document: the output file name and its bytes. */
export interface RenderedDocument {
  fileName: string;
  data: Buffer;
}

// Compiling is the slow part of a render; a batch of many blocs reuses the same templates.
const compiledCache = new Map<string, CompiledTemplates>();

/**
 * The templates of a render: the shipped ones precompiled at build time, or the user's compiled
 * here (the Handlebars compiler is loaded only then).
 */
async function compiledFor(documents: TemplateFile[], partials: TemplateFile[]): Promise<CompiledTemplates> {
  const precompiled = precompiledTemplates(documents, partials);
  if (precompiled !== null) return precompiled;
  const key = JSON.stringify([...documents, ...partials].map((f) => [f.name, f.display, f.source]));
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const { compileTemplates } = await import("./handlebars/compile-templates.js");
  const compiled = compileTemplates(documents, partials);
  if (compiledCache.size >= 16) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}

/**
 * The document structures of the requested documents, validated: the step that can fail on a
 * template error. Exported for tests and tools that want the structure without Word files.
 */
export async function renderDocumentStructures(
  bloc: Bloc,
  result: BlocResult,
  options: RenderOptions = {},
): Promise<Array<{ id: DocumentId; structure: DocumentNode }>> {
  const ids = [...new Set(options.only ?? DOCUMENT_IDS)];
  const unknown = ids.filter((id) => !isDocumentId(id));
  if (unknown.length > 0) {
    throw new ThiduaError(
      "usage",
      `không có văn bản "${unknown.join('", "')}"; chọn trong: ${DOCUMENT_IDS.join(", ")}`,
    );
  }
  const { documents, partials } = await loadTemplateFiles(ids, options.templatesDir);
  const compiled = await compiledFor(documents, partials);
  const view = buildViewModel(bloc, result, options.prev ?? null);
  const out: Array<{ id: DocumentId; structure: DocumentNode }> = [];
  for (const id of ids) {
    const markup = parseMarkup(compiled.render(DOCUMENTS[id].template, view), compiled.files);
    out.push({ id, structure: await withModules(() => buildDocumentStructure(markup)) });
  }
  return out;
}

/**
 * Renders the conference documents of documents.md as Word files, in memory. Every template is run
 * and its structure validated before any file is built, so a template error leaves nothing
 * half-done; writing the files is the caller's job.
 */
export async function renderDocuments(
  bloc: Bloc,
  result: BlocResult,
  options: RenderOptions = {},
): Promise<RenderedDocument[]> {
  const structures = await renderDocumentStructures(bloc, result, options);
  const out: RenderedDocument[] = [];
  for (const { id, structure } of structures) {
    const title = `${DOCUMENTS[id].title} năm ${bloc.info.year} - ${bloc.info.name}`;
    out.push({
      fileName: DOCUMENTS[id].output,
      data: buildDocx(structure, { title, date: bloc.info.meetingDate }),
    });
  }
  return out;
}
