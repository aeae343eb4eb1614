import { A4, MARGINS } from "../layout/page-format.js";

/** Relationship ids of the two headers in word/_rels/document.xml.rels. */
export const HEADER_IDS = { default: "rId3", first: "rId4" } as const;

/**
 * The section: A4 in the given orientation, the margins of NĐ 30/2020, and a distinct first-page
 * header (`w:titlePg`) so page numbers start on page 2 (Phụ lục I).
 */
export function sectionXml(orientation: "portrait" | "landscape"): string {
  const [w, h] = orientation === "portrait" ? [A4.width, A4.height] : [A4.height, A4.width];
  const m = MARGINS;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_IDS.default}"/>` +
    `<w:headerReference w:type="first" r:id="${HEADER_IDS.first}"/>` +
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    `<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}
