/**
 * Part names of an Open Packaging Conventions package (ECMA-376 part 2): compared without regard to
 * case (§9.1.1.1), written in the zip with or without a leading `/`.
 */

/** The key a part is found by: no leading `/`, lower case. */
export function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

/** `xl/workbook.xml` → `xl`; a part at the root → "". */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; of the package (""): `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder.length === 0 ? "" : `${folder}/`}_rels/${name}.rels`;
}

/** A target as a part name: percent-escapes decoded where they are valid (`sheet%201.xml`). */
function unescapeTarget(target: string): string {
  if (!target.includes("%")) return target;
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/**
 * The part a relationship's target names: relative to the folder of the part that owns the
 * relationships (`worksheets/sheet1.xml` from `xl/workbook.xml`), or absolute (`/xl/worksheets/sheet1.xml`).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const trimmed = unescapeTarget(target.trim());
  const folder = folderOf(sourcePart);
  const path = trimmed.startsWith("/") ? trimmed.slice(1) : `${folder}/${trimmed}`;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}
