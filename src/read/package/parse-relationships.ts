import { attributes, scanTags } from "../xml/xml-text.js";
import { resolveTarget } from "./part-names.js";

/** A relationship of a part: where it points (a part name, or a URL when external) and what it is. */
export interface Relationship {
  target: string;
  /** The relationship type, a URI ending in what it is: `…/worksheet`, `…/sharedStrings`. */
  type: string;
  external: boolean;
}

/**
 * Whether a relationship type is `kind`: transitional files write
 * `http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet`, strict ones
 * `http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`; the last segment says it.
 */
export function isRelationshipType(relationship: Relationship, kind: string): boolean {
  const type = relationship.type;
  return type.length > kind.length && type.endsWith(kind) && type[type.length - kind.length - 1] === "/";
}

/** A `.rels` part of `sourcePart` (the package itself is ""): relationships by id, internal targets resolved. */
export function parseRelationships(xml: string, sourcePart: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  scanTags(xml, (tag) => {
    if (tag.end || tag.name !== "Relationship") return;
    const a = attributes(tag.attributes);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id === undefined || target === undefined || found.has(id)) return;
    const external = a.get("TargetMode") === "External";
    found.set(id, {
      target: external ? target : resolveTarget(sourcePart, target),
      type: (a.get("Type") ?? "").trim(),
      external,
    });
  });
  return found;
}
