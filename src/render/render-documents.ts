import { ThiduaError } from "../errors.js";
import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { PrevYear } from "../prev/prev-year.js";
import { buildViewModel } from "../view/build-view-model.js";
import {
  DEFAULT_DOCUMENT_IDS,
  DOCUMENT_IDS,
  DOCUMENTS,
  isDocumentId,
  type DocumentId,
} from "./document-ids.js";
import { reportFileNames } from "./report-file-names.js";
import { achievementReportView, reportUnits } from "../view/achievement-report-view.js";
import { buildDocx } from "./ooxml/build-docx.js";
import { precompiledTemplates } from "./handlebars/precompiled-templates.js";
import type { CompiledTemplates, TemplateFile } from "./handlebars/template-environment.js";
import { loadTemplateFiles } from "./load-template-files.js";
import { buildDocumentStructure } from "./markup/build-document-structure.js";
import type { DocumentNode } from "./markup/document-structure.js";
import { parseMarkup } from "./markup/parse-markup.js";

export { DEFAULT_DOCUMENT_IDS, DOCUMENT_IDS, type DocumentId } from "./document-ids.js";

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

/** A document to render: its id, output file, the title of its properties and its structure. */
export interface RenderedStructure {
  id: DocumentId;
  fileName: string;
  title: string;
  structure: DocumentNode;
}

/**
 * The document structures of the requested documents, validated: the step that can fail on a
 * template error. An achievement report is rendered once per unit proposed for its awards (a unit
 * both reports would name gets one). Exported for tools that want the structure without Word files.
 */
export async function renderDocumentStructures(
  bloc: Bloc,
  result: BlocResult,
  options: RenderOptions = {},
): Promise<RenderedStructure[]> {
  const ids = [...new Set(options.only ?? DEFAULT_DOCUMENT_IDS)];
  const unknown = ids.filter((id) => !isDocumentId(id));
  if (unknown.length > 0) {
    throw new ThiduaError(
      "usage",
      `không có văn bản "${unknown.join('", "')}"; chọn trong: ${DOCUMENT_IDS.join(", ")}`,
    );
  }
  const { documents, partials } = loadTemplateFiles(ids, options.templatesDir);
  const compiled = await compiledFor(documents, partials);
  const view = buildViewModel(bloc, result, options.prev ?? null);
  const out: RenderedStructure[] = [];
  const render = (id: DocumentId, context: object) => {
    const markup = parseMarkup(compiled.render(DOCUMENTS[id].template, context), compiled.files);
    return buildDocumentStructure(markup);
  };
  const reported = new Set<string>();
  const fileNames = reportFileNames(bloc);
  for (const id of ids) {
    const spec = DOCUMENTS[id];
    const title = `${spec.title} năm ${bloc.info.year}`;
    if (spec.forAwards === undefined) {
      const structure = render(id, view);
      out.push({ id, fileName: spec.output, title: `${title} - ${bloc.info.name}`, structure });
      continue;
    }
    for (const code of reportUnits(result, spec.forAwards)) {
      if (reported.has(code)) continue;
      reported.add(code);
      const context = achievementReportView(bloc, result, view, code);
      out.push({
        id,
        fileName: `${spec.output}-${fileNames.get(code) ?? code}.docx`,
        title: `${title} - ${context.report.unit.name}`,
        structure: render(id, context),
      });
    }
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
  return structures.map(({ fileName, title, structure }) => ({
    fileName,
    data: buildDocx(structure, { title, date: bloc.info.meetingDate }),
  }));
}
