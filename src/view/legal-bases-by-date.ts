import type { CalendarDate } from "../model/bloc.js";

/** Texts in force over a span of meeting dates: the law and its decree, cited as `Căn cứ …`. */
export interface LegalBasesPeriod {
  /** First day the texts apply (inclusive); null = since before any bloc this tool serves. */
  from: CalendarDate | null;
  /** Last day (inclusive); null = still in force. */
  to: CalendarDate | null;
  lines: readonly string[];
}

const LAW_2022 = "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022";

/**
 * The default `Căn cứ` lines of the Tờ trình by the conference's date (documents.md "Legal bases"):
 * a document never cites a text that was not yet in force, nor one already replaced. Luật 06/2022/QH15
 * took effect on 01/01/2024 with Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP replaced the
 * latter on 01/07/2025. When a new text comes into force, close the last period (`to`) and add one.
 * The periods are in date order and leave no day uncovered (test/documents/legal-bases.test.ts).
 */
export const LEGAL_BASES_BY_DATE: readonly LegalBasesPeriod[] = [
  {
    from: null,
    to: { year: 2023, month: 12, day: 31 },
    lines: [
      "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013",
      "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    ],
  },
  {
    from: { year: 2024, month: 1, day: 1 },
    to: { year: 2025, month: 6, day: 30 },
    lines: [
      LAW_2022,
      "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    ],
  },
  {
    from: { year: 2025, month: 7, day: 1 },
    to: null,
    lines: [
      LAW_2022,
      "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
    ],
  },
];

/** The line every default list ends with: the minutes of the conference that voted the proposals. */
export const MINUTES_LEGAL_BASIS =
  "Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm {Năm} của {Tên khối} ngày {Ngày họp}";
