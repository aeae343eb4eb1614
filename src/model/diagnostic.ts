import type { DiagnosticCode } from "./diagnostic-code.js";

/** How bad a problem is: errors stop the run (exit 1), warnings are reported, notes only with --verbose. */
export type Severity = "error" | "warning" | "note";

/** Where a problem is: always the file, then the sheet and a cell (`C7`) or a 1-based row when known. */
export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

/** Values a message is built from; the formatter turns them into a Vietnamese sentence. */
export type DiagnosticArgs = Record<string, string | number | readonly string[] | undefined>;

/** A problem found in the input, as data: tests assert code and location, never wording. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  location: Location;
  args: DiagnosticArgs;
}

/** Builds a diagnostic; `args` defaults to none. */
export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  location: Location,
  args: DiagnosticArgs = {},
): Diagnostic {
  return { code, severity, location, args };
}

/** The diagnostics of one severity, in their order. */
export function bySeverity(diagnostics: readonly Diagnostic[], severity: Severity): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === severity);
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
