import type { CriterionType } from "../../model/bloc.js";
import type { Hundredths } from "../../model/points.js";
import type { Diagnostic, Location } from "../../model/diagnostic.js";
import { diagnostic } from "../../model/diagnostic.js";
import { formatPointsShort } from "../../model/points.js";
import type { Outline } from "../table/build-outline.js";

/** A bonus or deduction section's own maximum when it is below the sum of its rows (`tối đa 5 điểm`). */
export interface SectionLimit {
  max: Hundredths;
  location: Location;
}

export interface SectionLimits {
  /** Caps the bonus counted, as `bonusCap` does (rules.md), unless the rules set their own. */
  bonus: SectionLimit | null;
  /** The most a unit may lose: deductions beyond it are an error, never capped in silence. */
  deduction: SectionLimit | null;
}

/**
 * A group row's maximum against the maxima of the rows under it: for a standard group they must be
 * equal (a group counted as a criterion would double every total); a bonus or deduction section may
 * set a lower maximum than its rows add up to, and that is its cap.
 */
export function checkGroupMaxima(
  outline: Outline,
  maxOf: ReadonlyMap<number, Hundredths>,
  typeOf: ReadonlyMap<number, CriterionType>,
  at: (row: number, col: number) => Location,
  maxCol: number,
  limits: SectionLimits,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // The rows of a group's own type: a `Điểm thưởng: …` row closing a standard group is not part of
  // the group's maximum (the bonus is counted apart).
  const sumUnder = (index: number, type: CriterionType): Hundredths => {
    const node = outline.nodes[index];
    if (node === undefined) return 0;
    return node.children.reduce((sum, i) => {
      const child = outline.nodes[i];
      if (child?.kind === "item")
        return (typeOf.get(i) ?? child.type) === type ? sum + (maxOf.get(i) ?? 0) : sum;
      if (child?.kind === "group" && child.type === type) return sum + (maxOf.get(i) ?? sumUnder(i, type));
      return sum;
    }, 0);
  };
  outline.nodes.forEach((node, index) => {
    const declared = maxOf.get(index);
    if (node.kind !== "group" || declared === undefined) return;
    const type = node.section ? node.type : (typeOf.get(node.children[0] ?? -1) ?? node.type);
    const sum = sumUnder(index, type);
    if (declared === sum) return;
    const location = at(node.line.row, maxCol);
    if (type !== "standard" && declared < sum) {
      const key = type === "bonus" ? "bonus" : "deduction";
      limits[key] ??= { max: declared, location };
      return;
    }
    if (type !== "standard") return;
    diagnostics.push(
      diagnostic("groupMaxMismatch", "error", location, {
        found: formatPointsShort(declared),
        expected: formatPointsShort(sum),
        group: node.line.code ?? node.line.content,
      }),
    );
  });
  return diagnostics;
}
