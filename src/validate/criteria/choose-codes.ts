import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { normalizeCriterionCode } from "../normalize-name.js";
import type { Outline } from "../table/build-outline.js";

/** A numbering that restarts in each group (`1`, `2`, `a`, `II`), not a code a bloc made unique (`1.2`, `TC3`). */
const RESTARTING = /^(\d{1,3}|[a-zđ]|[IVX]+)$/i;

/**
 * The code of each item (criterion) by node index. Codes as typed when they are unique; when the
 * numbering restarts in each group (`I`, `1`, `2`, `II`, `1`…), the paths `I.1`, `I.2`, `II.1`
 * (workbook.md), said in a note; a code typed twice that is not such a numbering is an error.
 */
export function chooseCriterionCodes(
  outline: Outline,
  where: Omit<Location, "row" | "cell">,
  diagnostics: Diagnostic[],
): Map<number, string> {
  const items = outline.nodes.flatMap((n, i) => (n.kind === "item" ? [{ n, i }] : []));
  const typed = items.map(({ n }) => n.line.code ?? n.path);
  const repeated = repeats(typed);
  const usePaths = repeated.length > 0 && repeated.every((code) => RESTARTING.test(code));
  const codes = usePaths ? items.map(({ n }) => n.path) : typed;
  if (usePaths) {
    const first = items[0]?.n.line.row ?? 0;
    diagnostics.push(
      diagnostic("codesFromNumbering", "note", { ...where, row: first + 1 }, { example: codes.slice(0, 3) }),
    );
  }
  const result = new Map<number, string>();
  const firstRow = new Map<string, number>();
  items.forEach(({ n, i }, k) => {
    const code = codes[k] ?? n.path;
    const key = normalizeCriterionCode(code);
    const row = n.line.row + 1;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      diagnostics.push(
        diagnostic("duplicateCriterionCode", "error", { ...where, row }, { code, firstRow: seen, row }),
      );
      return;
    }
    firstRow.set(key, row);
    result.set(i, code);
  });
  return result;
}

function repeats(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const code of codes) {
    const key = normalizeCriterionCode(code);
    if (seen.has(key)) twice.add(code);
    seen.add(key);
  }
  return [...twice];
}
