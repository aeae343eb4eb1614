import { DOCUMENT_IDS } from "../render/document-ids.js";

/**
 * Outputs `--only` can name: the documents (the four, and the achievement reports of the units
 * proposed for a flag, `thanh-tich`, and for a certificate, `thanh-tich-bang-khen`) and the results
 * workbook.
 */
export const OUTPUT_IDS = [...DOCUMENT_IDS, "ket-qua"] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];

/** Written without `--only`: every output but the certificate units' reports (document-ids.ts says why). */
export function isWanted(id: OutputId, only: readonly OutputId[] | undefined): boolean {
  return only === undefined ? id !== "thanh-tich-bang-khen" : only.includes(id);
}
