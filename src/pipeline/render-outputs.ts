import type { Bloc } from "../model/bloc.js";
import type { BlocResult } from "../model/result.js";
import type { OutputId } from "../output/output-ids.js";
import { isWanted, OUTPUT_IDS } from "../output/output-ids.js";
import type { PrevYear } from "../prev/prev-year.js";

/** An output rendered in memory, named but not yet placed in a folder. */
export interface RenderedFile {
  fileName: string;
  data: Uint8Array;
}

export interface RenderOutputsOptions {
  /** `--templates`: a folder of edited templates. */
  templates?: string;
  /** `--only`; without it every output but the certificate units' reports. */
  only?: readonly OutputId[];
  prev: PrevYear | null;
}

/**
 * A computed bloc → its documents and `ket-qua.xlsx`, in memory, so that nothing is written when a
 * template fails. `summarize` writes them into its folder; a batch's worker hands them to the main
 * thread, which settles the bloc's folder first.
 */
export async function renderOutputs(
  bloc: Bloc,
  result: BlocResult,
  options: RenderOutputsOptions,
): Promise<RenderedFile[]> {
  const wanted = (id: OutputId) => isWanted(id, options.only);
  const outputs: RenderedFile[] = [];
  const documentIds = OUTPUT_IDS.filter(
    (id): id is Exclude<OutputId, "ket-qua"> => id !== "ket-qua" && wanted(id),
  );
  if (documentIds.length > 0) {
    const { renderDocuments } = await import("../render/render-documents.js");
    const documents = await renderDocuments(bloc, result, {
      ...(options.templates !== undefined ? { templatesDir: options.templates } : {}),
      only: documentIds,
      prev: options.prev,
    });
    for (const d of documents) outputs.push({ fileName: d.fileName, data: d.data });
  }
  if (wanted("ket-qua")) {
    const { buildResultsWorkbook } = await import("../write/build-results-workbook.js");
    outputs.push({ fileName: "ket-qua.xlsx", data: buildResultsWorkbook(bloc, result, options.prev) });
  }
  return outputs;
}
