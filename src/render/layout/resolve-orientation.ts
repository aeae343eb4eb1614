import type { DocumentNode } from "../markup/document-structure.js";
import { minimumWidth } from "./column-widths.js";
import { textWidth } from "./page-format.js";

/** Portrait unless the template asks otherwise; `auto` turns landscape when a table cannot fit portrait. */
export function resolveOrientation(structure: DocumentNode): "portrait" | "landscape" {
  if (structure.orientation !== "auto") return structure.orientation;
  const widest = Math.max(0, ...structure.blocks.map((b) => (b.kind === "table" ? minimumWidth(b) : 0)));
  return widest > textWidth("portrait") ? "landscape" : "portrait";
}
