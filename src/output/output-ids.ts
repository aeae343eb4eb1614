/**
 * Outputs `--only` can name: the four documents, the achievement reports of the units proposed for a
 * flag (`thanh-tich`) and for a certificate (`thanh-tich-bang-khen`), and the results workbook.
 */
export const OUTPUT_IDS = [
  "bao-cao",
  "to-trinh",
  "bien-ban",
  "bang-diem",
  "thanh-tich",
  "thanh-tich-bang-khen",
  "ket-qua",
] as const;
export type OutputId = (typeof OUTPUT_IDS)[number];

/** Written without `--only`: every output but the certificate units' reports (document-ids.ts says why). */
export function isWanted(id: OutputId, only: readonly OutputId[] | undefined): boolean {
  return only === undefined ? id !== "thanh-tich-bang-khen" : only.includes(id);
}
