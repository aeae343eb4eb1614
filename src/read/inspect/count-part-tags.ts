import { columnNumber } from "../xlsx/cell-ref.js";
import type { StartTagReader } from "../xml/xml-start-tags.js";
import { startTagReader } from "../xml/xml-start-tags.js";
import { MAX_COLUMN, MAX_ROW } from "./workbook-limits.js";

/** What scanning a part found. */
export interface PartCounts {
  elements: number;
  rows: number;
  cells: number;
  merges: number;
  mergedCells: number;
}

export const COUNTED = ["elements", "rows", "cells", "merges", "mergedCells"] as const;

export const noCounts = (): PartCounts => ({ elements: 0, rows: 0, cells: 0, merges: 0, mergedCells: 0 });

// Sticky, from the tag's `<`; `[^>]*?` keeps them inside the tag.
const ROW_NUMBER = /<[^>]*?\sr\s*=\s*["'](\d+)["']/y;
const CELL_REF = /<[^>]*?\sr\s*=\s*["']([A-Za-z]+)(\d+)["']/y;
const MERGE_REF = /<[^>]*?\bref\s*=\s*["']([^"']*)/y;

/** The first match of a sticky pattern in the tag at `start`. */
function inTag(pattern: RegExp, source: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(source);
}

/** `A1:XFD1048576` → the number of cells it covers; 0 when it cannot be read (the reader then refuses it). */
export function rangeSize(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return 0;
  const c1 = columnNumber(m[1] ?? "A");
  const r1 = Number(m[2]);
  const c2 = m[3] !== undefined ? columnNumber(m[3]) : c1;
  const r2 = m[4] !== undefined ? Number(m[4]) : r1;
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

/** A part being counted: feed it the inflated chunks, then read the counts. */
export interface PartTagCounter {
  reader: StartTagReader;
  counts: PartCounts;
  /** The first row or cell past Excel's grid (`dòng 2000000000`), when there is one. */
  badAddress: () => string | null;
}

/**
 * Counts a part's start tags as it streams; in a worksheet also its rows, cells and merged ranges
 * (with the cells they cover), noting the first address past Excel's grid: rows are kept by number,
 * so row 2 000 000 000 would be a walk to nowhere.
 */
export function countPartTags(isSheet: boolean): PartTagCounter {
  const counts = noCounts();
  let bad: string | null = null;
  const reader = startTagReader((tag, source, start) => {
    counts.elements++;
    if (!isSheet) return;
    if (tag === "row") {
      counts.rows++;
      const r = inTag(ROW_NUMBER, source, start)?.[1];
      if (r !== undefined && Number(r) > MAX_ROW) bad ??= `dòng ${r}`;
    } else if (tag === "c") {
      counts.cells++;
      const ref = inTag(CELL_REF, source, start);
      if (ref && (Number(ref[2]) > MAX_ROW || columnNumber(ref[1] ?? "") > MAX_COLUMN))
        bad ??= `ô ${ref[1]}${ref[2]}`;
    } else if (tag === "mergeCell") {
      counts.merges++;
      counts.mergedCells += rangeSize(inTag(MERGE_REF, source, start)?.[1] ?? "");
    }
  });
  return { reader, counts, badAddress: () => bad };
}
