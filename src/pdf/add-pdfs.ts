import type { OutputFile } from "../write/write-files-atomically.js";
import type { PdfConverter } from "./pdf-converter.js";
import { isDocx, pdfPathOf } from "./pdf-path.js";

/** The PDF beside each Word document among `outputs`, all of them converted in one request. */
export async function pdfsOf(outputs: readonly OutputFile[], converter: PdfConverter): Promise<OutputFile[]> {
  const documents = outputs.filter((o) => isDocx(o.path));
  const pdfs = await converter.convert(documents.map((d) => d.data));
  return documents.map((d, i) => ({ path: pdfPathOf(d.path), data: pdfs[i] ?? new Uint8Array() }));
}
