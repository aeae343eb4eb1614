/** The documents `summarize` writes (documents.md), by the ids `--only` takes. */
export const DOCUMENT_IDS = ["bao-cao", "to-trinh", "bien-ban", "bang-diem"] as const;

export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** Each document's template file and output file. */
export const DOCUMENTS: Record<DocumentId, { template: string; output: string; title: string }> = {
  "bao-cao": {
    template: "bao-cao-tong-ket.hbs",
    output: "bao-cao-tong-ket.docx",
    title: "Báo cáo tổng kết công tác thi đua, khen thưởng",
  },
  "to-trinh": {
    template: "to-trinh-khen-thuong.hbs",
    output: "to-trinh-khen-thuong.docx",
    title: "Tờ trình đề nghị khen thưởng",
  },
  "bien-ban": {
    template: "bien-ban-hop.hbs",
    output: "bien-ban-hop.docx",
    title: "Biên bản hội nghị tổng kết",
  },
  "bang-diem": { template: "bang-diem.hbs", output: "bang-diem.docx", title: "Bảng tổng hợp điểm thi đua" },
};

/** True for a known document id (for `--only`). */
export function isDocumentId(value: string): value is DocumentId {
  return (DOCUMENT_IDS as readonly string[]).includes(value);
}
