const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named !== undefined) return NAMED[named] ?? whole;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The attributes of every `<name …>` tag in a small XML text (prefixes on tag and attributes dropped). */
function tagsNamed(xml: string, name: string): Map<string, string>[] {
  const tags: Map<string, string>[] = [];
  const tagPattern = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, "g");
  for (const tag of xml.matchAll(tagPattern)) {
    const attributes = new Map<string, string>();
    for (const a of (tag[1] ?? "").matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = a[1] ?? "";
      attributes.set(key.slice(key.indexOf(":") + 1), decodeEntities(a[2] ?? a[3] ?? ""));
    }
    tags.push(attributes);
  }
  return tags;
}

/** `worksheets/sheet1.xml` relative to `xl/`, or `/xl/worksheets/sheet1.xml`, as a zip entry name. */
function partName(target: string): string {
  const parts: string[] = [];
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** A sheet as `xl/workbook.xml` lists it. */
export interface WorkbookSheet {
  /** The name exactly as written (exceljs cuts names past 31 characters). */
  name: string;
  /** The `sheetId` attribute as written. */
  sheetId: string;
  /** The zip entry holding the sheet, when its relationship points to one. */
  part: string | null;
}

/**
 * The sheets of `xl/workbook.xml` in order, each with the part holding it (`xl/worksheets/sheet3.xml`)
 * through the workbook's relationships: so that a limit can name the sheet the secretary sees, and
 * the sheet list can be checked before exceljs trusts it.
 */
export function listWorkbookSheets(workbookXml: string, relsXml: string): WorkbookSheet[] {
  const targets = new Map<string, string>();
  for (const rel of tagsNamed(relsXml, "Relationship")) {
    const id = rel.get("Id");
    const target = rel.get("Target");
    if (id !== undefined && target !== undefined) targets.set(id, partName(target));
  }
  return tagsNamed(workbookXml, "sheet").map((sheet) => ({
    name: sheet.get("name") ?? "",
    sheetId: sheet.get("sheetId") ?? "",
    part: targets.get(sheet.get("id") ?? "") ?? null,
  }));
}
