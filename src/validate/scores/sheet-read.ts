import type { Diagnostic } from "../../model/diagnostic.js";
import type { BlocReading } from "../reading.js";
import type { ScoreSource } from "./choose-source.js";
import type { CollapsedColumn } from "./collapse-criteria.js";
import type { DeclaredRank } from "./declared-ranks.js";

/**
 * What one sheet gave: the sources of points it holds, and its problems. A sheet's problems and cross-
 * checks count only when one of its sources is used (last year's copy left beside this year's is read,
 * then set aside with everything it says), or when it holds no source at all (then its problems are why).
 */
export interface SheetRead {
  key: string;
  sources: ScoreSource[];
  diagnostics: Diagnostic[];
  collapsed: CollapsedColumn[];
  ranks: DeclaredRank[];
  ignored: BlocReading["ignoredSheets"];
  /** Units this sheet refused to read (a form naming two units): not also reported as without points. */
  refusedUnits: string[];
}

/** The key of a sheet, as `ScoreSource.sheetKey`. */
export const sheetKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

/** A sheet read with nothing in it but what is given. */
export function sheetRead(file: string, sheet: string, part: Partial<Omit<SheetRead, "key">>): SheetRead {
  return {
    key: sheetKey(file, sheet),
    sources: part.sources ?? [],
    diagnostics: part.diagnostics ?? [],
    collapsed: part.collapsed ?? [],
    ranks: part.ranks ?? [],
    ignored: part.ignored ?? [],
    refusedUnits: part.refusedUnits ?? [],
  };
}
