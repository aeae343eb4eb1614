import type { Bloc } from "../model/bloc.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { toPoints } from "../model/points.js";
import type { BlocResult } from "../model/result.js";
import { diagnosticText } from "../diagnostics/format-diagnostic.js";

import type { JsonDiagnostic, JsonResult } from "./json-schemas.js";
import { blocStructure } from "./bloc-structure.js";

// The types come from the contract's schemas (json-schemas.ts); only the types are imported, so a run
// never loads zod for its output.
export type { JsonDiagnostic, JsonResult, JsonStructure } from "./json-schemas.js";

/** Flattens a diagnostic for `--json` (cli.md). */
export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    code: d.code,
    message: diagnosticText(d),
    file: d.location.file,
    ...(d.location.sheet !== undefined ? { sheet: d.location.sheet } : {}),
    ...(d.location.cell !== undefined
      ? { cell: d.location.cell }
      : d.location.row !== undefined
        ? { row: d.location.row }
        : {}),
  };
}

/**
 * The `--json` result of `summarize`: a public contract (cli.md). Field names never change meaning;
 * points are JSON numbers exact to 0.01.
 */
export function toJsonResult(
  bloc: Bloc,
  result: BlocResult,
  warnings: readonly Diagnostic[],
  files: readonly string[],
): JsonResult {
  return {
    bloc: { name: bloc.info.name, kind: bloc.info.kind, year: bloc.info.year },
    units: result.units.map((u) => ({
      code: u.code,
      name: u.name,
      standard: toPoints(u.standard),
      bonus: toPoints(u.bonus),
      deduction: toPoints(u.deduction),
      total: toPoints(u.total),
      rank: u.rank,
      class: u.class,
      scoreSource: u.scoreSource,
    })),
    proposals: result.proposals.map((p) => ({
      award: p.award,
      name: p.name,
      units: p.units,
      decidedBy: p.decidedBy,
    })),
    ties: result.ties.map((t) => ({ award: t.award, units: t.units })),
    rotation: {
      method: result.rotation.method,
      current: { chair: result.rotation.current.chair, deputy: result.rotation.current.deputy },
      next: { chair: result.rotation.next.chair, deputy: result.rotation.next.deputy },
    },
    warnings: warnings.map(toJsonDiagnostic),
    files: [...files],
    structure: blocStructure(bloc),
  };
}
