import { readFile, stat } from "node:fs/promises";
import { ThiduaError } from "../errors.js";
import type { OutputId } from "../output/output-ids.js";
import { hasErrors } from "../model/diagnostic.js";
import { DOCUMENT_IDS, type DocumentId } from "../render/document-ids.js";
import { parseRulesFile } from "../validate/rules/parse-rules-file.js";

/** A rules file is a few hundred bytes (as `loadBloc` reads it: 1 MB at most). */
const MAX_RULES_BYTES = 1024 * 1024;

/** The settings every bloc of a batch shares. */
export interface BatchSettings {
  rules?: string;
  templates?: string;
  only?: readonly OutputId[];
}

/**
 * Checks the settings every bloc of a batch shares, once, before any bloc runs (issue 12: a broken
 * template gave exit 3 and the same error once per bloc): a missing `--rules` file or `--templates`
 * folder is a usage error, a rules file that is not valid JSON or has unknown keys a rules error, a
 * template that does not compile a template error — all exit 2, with nothing written. Errors that only
 * running a template can show stop the batch at the first bloc (run-batch.ts).
 */
export async function checkBatchSettings(settings: BatchSettings): Promise<void> {
  if (settings.rules !== undefined) await checkRules(settings.rules);
  if (settings.templates !== undefined) await checkTemplates(settings.templates, settings.only);
}

async function checkRules(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ThiduaError("usage", `--rules: không tìm thấy tệp ${file}.`);
  if (info.size > MAX_RULES_BYTES)
    throw new ThiduaError("rules", `Tệp quy tắc ${file} quá lớn (${info.size} byte, giới hạn 1 MB).`);
  const text = await readFile(file, "utf8");
  const { diagnostics } = parseRulesFile(text, file);
  if (hasErrors(diagnostics)) throw new ThiduaError("rules", `Tệp quy tắc ${file} có lỗi.`, diagnostics);
}

async function checkTemplates(dir: string, only: readonly OutputId[] | undefined): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ThiduaError("usage", `--templates: không tìm thấy thư mục ${dir}.`);
  const ids = DOCUMENT_IDS.filter((id: DocumentId) => only === undefined || only.includes(id));
  if (ids.length === 0) return;
  const { loadTemplateFiles } = await import("../render/load-template-files.js");
  const { compileTemplates } = await import("../render/handlebars/compile-templates.js");
  const { documents, partials } = loadTemplateFiles(ids, dir);
  compileTemplates(documents, partials);
}
