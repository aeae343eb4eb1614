import { docx, type HeaderObject } from "./docx-api.js";
import { FONTS, SIZE, halfPoints } from "./page-format.js";

/** Page numbers centred in the top margin, 13 pt (NĐ 30/2020, Phụ lục I: from the second page). */
export function pageNumberHeader(): HeaderObject {
  return new docx.Header({
    children: [
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        children: [
          new docx.TextRun({
            children: [docx.PageNumber.CURRENT],
            font: FONTS,
            size: halfPoints(SIZE.pageNumber),
          }),
        ],
      }),
    ],
  });
}

/** The first page's header: empty, so page 1 carries no number (used with `titlePage`). */
export function emptyHeader(): HeaderObject {
  return new docx.Header({ children: [new docx.Paragraph({})] });
}
