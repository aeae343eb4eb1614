import type { DiagnosticArgs } from "../../model/diagnostic.js";

/** A message: the Vietnamese sentence (what was expected, what was found) and how to fix it. */
export interface MessageSpec {
  text: (args: DiagnosticArgs) => string;
  hint?: string;
}

/** An argument as text: a list joined with commas, a missing one empty. */
export const str = (v: DiagnosticArgs[string]): string =>
  v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v);

/** An argument in quotation marks, each item of a list on its own. */
export const quoted = (v: DiagnosticArgs[string]): string =>
  Array.isArray(v) ? v.map((x) => `"${x}"`).join(", ") : `"${str(v)}"`;
