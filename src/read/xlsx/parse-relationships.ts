import { attributes, scanTags } from "./xml-text.js";

/** A relationship of a part: where it points (a zip entry name, or a URL when external) and what it is. */
export interface Relationship {
  target: string;
  type: string;
  external: boolean;
}

/** `worksheets/sheet1.xml` relative to the folder of the part that owns the relationships, or absolute. */
export function resolvePart(baseFolder: string, target: string): string {
  const parts: string[] = [];
  const path = target.startsWith("/") ? target.slice(1) : `${baseFolder}/${target}`;
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** A `.rels` part: relationships by id, internal targets resolved against `baseFolder` (`xl`). */
export function parseRelationships(xml: string, baseFolder: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  scanTags(xml, (tag) => {
    if (tag.end || tag.name !== "Relationship") return;
    const a = attributes(tag.attributes);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id === undefined || target === undefined) return;
    const external = a.get("TargetMode") === "External";
    found.set(id, {
      target: external ? target : resolvePart(baseFolder, target.trim()),
      type: a.get("Type") ?? "",
      external,
    });
  });
  return found;
}
