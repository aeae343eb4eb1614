import { attributes, scanTags } from "../xml/xml-text.js";

/** A sheet as the workbook part lists it. */
export interface ListedSheet {
  /** The name exactly as written. */
  name: string;
  /** The `sheetId` attribute as written. */
  sheetId: string;
  /** The `r:id` of the relationship that names its part. */
  relationshipId: string;
}

/** What the workbook part says: the sheets in tab order, and the date system. */
export interface WorkbookPart {
  sheets: ListedSheet[];
  /** Mac workbooks count days from 1904-01-01 (`<workbookPr date1904="1">`). */
  date1904: boolean;
}

/**
 * The workbook part (`xl/workbook.xml`). Only `<sheet>` elements inside `<sheets>` are sheets, and
 * only the `<workbookPr>` outside `<extLst>` says the date system: Excel follows it, in extLst, with
 * `<x15:workbookPr chartTrackingRefBase="1"/>`, which has the same local name and no date1904.
 */
export function parseWorkbookPart(xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  let inSheets = false;
  let extensions = 0;
  let systemRead = false;
  scanTags(xml, (tag) => {
    if (tag.name === "extLst") {
      if (!tag.selfClosing) extensions += tag.end ? -1 : 1;
    } else if (tag.name === "sheets") {
      if (!tag.selfClosing) inSheets = !tag.end;
    } else if (tag.end) {
      return;
    } else if (tag.name === "sheet" && inSheets) {
      const a = attributes(tag.attributes);
      part.sheets.push({
        name: a.get("name") ?? "",
        sheetId: a.get("sheetId") ?? "",
        relationshipId: a.get("id") ?? "",
      });
    } else if (tag.name === "workbookPr" && extensions === 0 && !systemRead) {
      systemRead = true;
      const value = attributes(tag.attributes).get("date1904")?.trim();
      part.date1904 = value === "1" || value === "true";
    }
  });
  return part;
}
