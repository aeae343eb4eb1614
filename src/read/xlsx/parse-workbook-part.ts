import { attributes, scanTags } from "./xml-text.js";

/** What `xl/workbook.xml` says: the sheets in tab order, and the date system. */
export interface WorkbookPart {
  sheets: { name: string; relationshipId: string }[];
  /** Mac workbooks count days from 1904-01-01 (`<workbookPr date1904="1">`). */
  date1904: boolean;
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  scanTags(xml, (tag) => {
    if (tag.end) return;
    if (tag.name === "sheet") {
      const a = attributes(tag.attributes);
      part.sheets.push({ name: a.get("name") ?? "", relationshipId: a.get("id") ?? "" });
    } else if (tag.name === "workbookPr") {
      const value = attributes(tag.attributes).get("date1904");
      part.date1904 = value === "1" || value === "true";
    }
  });
  return part;
}
