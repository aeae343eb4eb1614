import type { AwardKind } from "../model/bloc.js";

/** The documents `summarize` writes (documents.md), by the ids `--only` takes. */
export const DOCUMENT_IDS = [
  "bao-cao",
  "to-trinh",
  "bien-ban",
  "bang-diem",
  "thanh-tich",
  "thanh-tich-bang-khen",
] as const;

export type DocumentId = (typeof DOCUMENT_IDS)[number];

/**
 * The documents written when `--only` does not choose: all but the certificate units' achievement
 * reports. `certificate.count` defaults to every remaining eligible unit (rules.md), so a report for
 * each would be a pile of drafts most blocs do not send; `--only thanh-tich-bang-khen` asks for them.
 */
export const DEFAULT_DOCUMENT_IDS: readonly DocumentId[] = DOCUMENT_IDS.filter(
  (id) => id !== "thanh-tich-bang-khen",
);

/** A document of the bloc, or one per unit proposed for one of `forAwards` (`output` is then the stem). */
export interface DocumentSpec {
  template: string;
  output: string;
  title: string;
  forAwards?: readonly AwardKind[];
}

/** Each document's template file and output file. */
export const DOCUMENTS: Record<DocumentId, DocumentSpec> = {
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
  // Luật Thi đua, khen thưởng 06/2022/QH15 art. 84: the dossier holds each proposed collective's report.
  "thanh-tich": {
    template: "bao-cao-thanh-tich.hbs",
    output: "bao-cao-thanh-tich",
    title: "Báo cáo thành tích",
    forAwards: ["flag", "governmentFlag"],
  },
  "thanh-tich-bang-khen": {
    template: "bao-cao-thanh-tich.hbs",
    output: "bao-cao-thanh-tich",
    title: "Báo cáo thành tích",
    forAwards: ["certificate"],
  },
};

/** True for a known document id (for `--only`). */
export function isDocumentId(value: string): value is DocumentId {
  return (DOCUMENT_IDS as readonly string[]).includes(value);
}
