import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { JsonResult } from "../output/json-result.js";
import { RESULT_JSON, resultFileData } from "../output/result-file.js";
import { pdfsOf } from "../pdf/add-pdfs.js";
import type { PdfConverter } from "../pdf/pdf-converter.js";
import { isDocx, pdfPathOf } from "../pdf/pdf-path.js";
import type { OutputFile } from "../write/write-files-atomically.js";
import { writeFilesAtomically } from "../write/write-files-atomically.js";
import type { RenderedFile } from "../pipeline/render-outputs.js";
import { compareExisting } from "./compare-existing.js";
import { compareResultFile } from "./compare-result-file.js";

/** What a batch writes for one bloc, into `where` (its settled folder). */
export interface BlocOutputs {
  where: string;
  /** The documents and `ket-qua.xlsx`, rendered by the worker. */
  rendered: readonly RenderedFile[];
  /** The bloc's `--json` result, its `files` still empty. */
  result: JsonResult;
  /** `--pdf`: converts the Word documents (with other blocs' documents); null without `--pdf`. */
  converter: PdfConverter | null;
  /** `ket-qua.json` is written (`--only` names `ket-qua`, or no `--only`). */
  keepsResult: boolean;
  force: boolean;
}

/** How a bloc's folder ended: written, or kept as it was (đã có) with the files that differ, if any. */
export type BlocWritten =
  { result: JsonResult; kept: false } | { result: JsonResult; kept: true; differ: string[] };

/**
 * Writes a bloc's outputs into its folder under batch's rules: with `force` everything; else a bloc
 * whose files are all there is kept (its files that differ, edited by hand or from other data, are
 * named and kept too), and what is missing is written. `ket-qua.json` lists every file, PDFs included;
 * a PDF is never byte for byte the same twice (LibreOffice dates it), so one there counts as done, and
 * a `ket-qua.json` that differs only in its list of files (PDFs added) is the same result, replaced.
 */
export async function writeBlocOutputs(bloc: BlocOutputs): Promise<BlocWritten> {
  const { where, converter } = bloc;
  const rendered = bloc.rendered.map((o) => ({ path: join(where, o.fileName), data: o.data }));
  const documents = converter === null ? [] : rendered.filter((o) => isDocx(o.path));
  const jsonPath = bloc.keepsResult ? join(where, RESULT_JSON) : null;
  const paths = [
    ...rendered.map((o) => o.path),
    ...documents.map((d) => pdfPathOf(d.path)),
    ...(jsonPath === null ? [] : [jsonPath]),
  ];
  // Absolute paths, as summarize's `--json` gives them (schema/summarize.schema.json).
  const result = { ...bloc.result, files: paths.map((p) => resolve(p)) };
  const resultFile = jsonPath === null ? null : { path: jsonPath, data: resultFileData(result) };
  const pdfs = (of: readonly OutputFile[]) =>
    converter === null || of.length === 0 ? Promise.resolve([]) : pdfsOf(of, converter);

  if (bloc.force) {
    const all = [...rendered, ...(resultFile === null ? [] : [resultFile])];
    await writeFilesAtomically([...all, ...(await pdfs(documents))], true);
    return { result, kept: false };
  }
  const existing = await compareExisting(rendered);
  const pdfMissing = documents.filter((d) => !existsSync(pdfPathOf(d.path)));
  const resultState =
    resultFile === null ? "same" : await compareResultFile(resultFile.path, resultFile.data);
  const differ = [...existing.differ, ...(resultState === "differ" && jsonPath !== null ? [jsonPath] : [])];
  if (differ.length > 0) return { result, kept: true, differ: differ.map((p) => relative(where, p)) };
  if (existing.missing.length === 0 && pdfMissing.length === 0 && resultState === "same")
    return { result, kept: true, differ: [] };
  const missingResult = resultState === "missing" && resultFile !== null ? [resultFile] : [];
  await writeFilesAtomically([...existing.missing, ...missingResult, ...(await pdfs(pdfMissing))], false);
  if (resultState === "files" && resultFile !== null) await writeFilesAtomically([resultFile], true);
  return { result, kept: false };
}
