import type { Diagnostic } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { normalizeName } from "../normalize-name.js";
import type { HeaderColumn } from "../table/find-header.js";

/** The columns of a unit's form the reader takes, and every column it accounts for. */
export interface FormColumns {
  code: HeaderColumn | null;
  content: HeaderColumn | null;
  max: HeaderColumn | null;
  self: HeaderColumn | null;
  agreed: HeaderColumn | null;
  bonus: HeaderColumn | null;
  deduction: HeaderColumn | null;
  /** Columns read or deliberately passed over (checkers averaged into the agreed column). */
  used: Set<number>;
}

const AVERAGE = /\b(trung binh|binh quan)\b/;

/**
 * Picks one column per role. Two columns with the same role are an ambiguity, reported, except the
 * agreed points of several checkers beside their average (`Thành viên 1 … | Trung bình`): the average
 * is the bloc's agreed score, the checkers' columns are accounted for and not counted.
 */
export function pickFormColumns(
  columns: readonly HeaderColumn[],
  where: { file: string; sheet: string },
  diagnostics: Diagnostic[],
): FormColumns {
  const of = (role: HeaderColumn["role"]) => columns.filter((c) => c.role === role);
  const used = new Set<number>();
  const one = (role: HeaderColumn["role"]): HeaderColumn | null => {
    let found = of(role);
    if (found.length > 1 && role === "agreed") {
      // The note in brackets says it: `Điểm thẩm định (bình quân)`.
      const averages = found.filter((c) => AVERAGE.test(normalizeName(c.text)));
      if (averages.length === 1) {
        for (const c of found) used.add(c.col);
        found = averages;
      }
    }
    if (found.length > 1) {
      diagnostics.push(
        diagnostic(
          "ambiguousColumns",
          "error",
          { ...where, cell: found[1]?.cell },
          {
            headers: found.map((c) => `${c.top ? `${c.top} › ` : ""}${c.text} (${c.cell})`),
          },
        ),
      );
    }
    const first = found[0] ?? null;
    if (first) used.add(first.col);
    return first;
  };
  const code = of("code")[0] ?? of("no")[0] ?? null;
  if (code) used.add(code.col);
  return {
    code,
    content: one("content"),
    max: one("max"),
    self: one("self"),
    agreed: one("agreed"),
    bonus: one("bonus"),
    deduction: one("deduction"),
    used,
  };
}
